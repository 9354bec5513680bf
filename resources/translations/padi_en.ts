<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="id_ID">
<context>
    <name>AboutDialog</name>
    <message>
        <source>tidak diketahui</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>Tentang PADI</source>
        <translation>About PADI</translation>
    </message>
    <message>
        <source>Tentang</source>
        <translation>About</translation>
    </message>
    <message>
        <source>Lisensi</source>
        <translation>Licences</translation>
    </message>
    <message>
        <source>Pengelolaan Data dan Informasi</source>
        <translation>Data and Information Management</translation>
    </message>
    <message>
        <source>Menerapkan SOP Pelaksanaan Pengelolaan Data dan Informasi Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu Kota Tebing Tinggi (Maret 2024): delapan langkah dari Persiapan sampai Arsip, dengan waktu bakunya.</source>
        <translation>Implements the SOP for Data and Information Management of the Investment and One-Stop Integrated Services Office of Tebing Tinggi (March 2024): eight steps from Preparation to Archive, with their standard times.</translation>
    </message>
    <message>
        <source>Versi PADI:</source>
        <translation>PADI version:</translation>
    </message>
    <message>
        <source>Folder data:</source>
        <translation>Data folder:</translation>
    </message>
    <message>
        <source>Basis data yang dipakai:</source>
        <translation>Database in use:</translation>
    </message>
    <message>
        <source>Pengaturan komputer ini:</source>
        <translation>This computer&apos;s settings:</translation>
    </message>
    <message>
        <source>Python:</source>
        <translation>Python:</translation>
    </message>
    <message>
        <source>Qt:</source>
        <translation>Qt:</translation>
    </message>
    <message>
        <source>PySide6:</source>
        <translation>PySide6:</translation>
    </message>
    <message>
        <source>Buka folder data</source>
        <translation>Open data folder</translation>
    </message>
    <message>
        <source>Folder tidak dapat dibuka</source>
        <translation>Folder cannot be opened</translation>
    </message>
    <message>
        <source>Folder {folder} tidak dapat dibuka di komputer ini.</source>
        <translation>The folder {folder} cannot be opened on this computer.</translation>
    </message>
    <message>
        <source>PADI memakai pustaka sumber terbuka berikut; pilih satu untuk membaca lisensinya. Qt dan PySide6 dipakai di bawah GNU LGPL versi 3 (LGPLv3): keduanya disertakan sebagai pustaka terpisah yang boleh diganti dengan versi lain yang cocok, dan kode sumbernya tersedia dari Qt Project.</source>
        <translation>PADI uses the following open-source libraries; select one to read its licence. Qt and PySide6 are used under the GNU LGPL version 3 (LGPLv3): both are shipped as separate libraries that may be replaced with another compatible version, and their source code is available from the Qt Project.</translation>
    </message>
    <message>
        <source>Pustaka</source>
        <translation>Library</translation>
    </message>
    <message>
        <source>Versi</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>fon PDF</source>
        <translation>PDF font</translation>
    </message>
    <message>
        <source>Lisensi fon Bitstream Vera / DejaVu (bebas)</source>
        <translation>Bitstream Vera / DejaVu font licence (free)</translation>
    </message>
    <message>
        <source>Data paket {name} tidak ditemukan pada instalasi ini; versi dan lisensinya tidak diketahui.</source>
        <translation>The package data of {name} was not found in this installation; its version and licence are unknown.</translation>
    </message>
    <message>
        <source>{name} memakai lisensi {licence}. PADI memakainya di bawah GNU Lesser General Public License versi 3 (LGPLv3). Paket ini tidak menyertakan berkas teks lisensi; teks lengkap LGPLv3 diterbitkan oleh Free Software Foundation (www.gnu.org/licenses/lgpl-3.0).</source>
        <translation>{name} is licensed {licence}. PADI uses it under the GNU Lesser General Public License version 3 (LGPLv3). The package carries no licence text file; the full LGPLv3 text is published by the Free Software Foundation (www.gnu.org/licenses/lgpl-3.0).</translation>
    </message>
    <message>
        <source>Paket {name} tidak menyertakan teks lisensi. Lisensinya: {licence}.</source>
        <translation>The package {name} carries no licence text. Its licence: {licence}.</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <source>Penyiapan kantor</source>
        <translation>Office set up</translation>
    </message>
    <message>
        <source>Profil kantor diubah</source>
        <translation>Office profile changed</translation>
    </message>
    <message>
        <source>Pengguna dibuat</source>
        <translation>User created</translation>
    </message>
    <message>
        <source>Masuk</source>
        <translation>Logged in</translation>
    </message>
    <message>
        <source>Keluar Akun</source>
        <translation>Logged out</translation>
    </message>
    <message>
        <source>Gagal masuk</source>
        <translation>Login failed</translation>
    </message>
    <message>
        <source>Akun dikunci</source>
        <translation>Account locked</translation>
    </message>
    <message>
        <source>Plt. ditunjuk</source>
        <translation>Acting head appointed</translation>
    </message>
    <message>
        <source>Kumpulan Data dibuat</source>
        <translation>Dataset created</translation>
    </message>
    <message>
        <source>Kumpulan Data disimpan</source>
        <translation>Dataset saved</translation>
    </message>
    <message>
        <source>Pemeriksaan dijalankan</source>
        <translation>Checks run</translation>
    </message>
    <message>
        <source>Konfirmasi Data dicatat</source>
        <translation>Source confirmation recorded</translation>
    </message>
    <message>
        <source>Pengaturan Pemeriksaan disimpan</source>
        <translation>Check settings saved</translation>
    </message>
    <message>
        <source>Kesalahan pemeriksaan diterima</source>
        <translation>Check errors accepted</translation>
    </message>
    <message>
        <source>Surat Permohonan Konfirmasi dibuat</source>
        <translation>Confirmation request letter written</translation>
    </message>
    <message>
        <source>Format nomor surat diubah</source>
        <translation>Letter number format changed</translation>
    </message>
    <message>
        <source>Tervalidasi</source>
        <translation>Validated</translation>
    </message>
    <message>
        <source>Dikembalikan ke Persiapan</source>
        <translation>Returned to Preparation</translation>
    </message>
    <message>
        <source>Keluaran disimpan</source>
        <translation>Output saved</translation>
    </message>
    <message>
        <source>Disajikan di Katalog Data</source>
        <translation>Presented in data catalogue</translation>
    </message>
    <message>
        <source>Publikasi dibuat</source>
        <translation>Publication created</translation>
    </message>
    <message>
        <source>Publikasi diperbaiki</source>
        <translation>Publication revised</translation>
    </message>
    <message>
        <source>Diajukan ke Kepala</source>
        <translation>Submitted to head of office</translation>
    </message>
    <message>
        <source>Disetujui</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>Dikembalikan dengan Catatan Perbaikan</source>
        <translation>Returned with revision note</translation>
    </message>
    <message>
        <source>Diterbitkan</source>
        <translation>Published</translation>
    </message>
    <message>
        <source>Cadangan terverifikasi dibuat</source>
        <translation>Verified backup made</translation>
    </message>
    <message>
        <source>Pencadangan gagal</source>
        <translation>Backup failed</translation>
    </message>
    <message>
        <source>Pencadangan dibatalkan</source>
        <translation>Backup cancelled</translation>
    </message>
    <message>
        <source>Pengguna diaktifkan</source>
        <translation>User activated</translation>
    </message>
    <message>
        <source>Pengguna dinonaktifkan</source>
        <translation>User deactivated</translation>
    </message>
    <message>
        <source>Kata sandi diganti</source>
        <translation>Password changed</translation>
    </message>
    <message>
        <source>Kata sandi diatur ulang oleh administrator</source>
        <translation>Password reset by administrator</translation>
    </message>
    <message>
        <source>Ditolak</source>
        <translation>Refused</translation>
    </message>
    <message>
        <source>Gagal masuk (akun masih terkunci)</source>
        <translation>Login failed (account still locked)</translation>
    </message>
    <message>
        <source>Batas waktu kunci layar diubah</source>
        <translation>Screen lock timeout changed</translation>
    </message>
    <message>
        <source>Layar dikunci (tidak aktif)</source>
        <translation>Screen locked (idle)</translation>
    </message>
    <message>
        <source>Kunci layar dibuka</source>
        <translation>Screen unlocked</translation>
    </message>
    <message>
        <source>Mulai dikerjakan</source>
        <translation>Work started</translation>
    </message>
    <message>
        <source>Jeda</source>
        <translation>Work paused</translation>
    </message>
    <message>
        <source>Lanjut dikerjakan</source>
        <translation>Work resumed</translation>
    </message>
    <message>
        <source>Aturan waktu kerja dan tunggu diubah</source>
        <translation>Work and waiting time rules changed</translation>
    </message>
    <message>
        <source>Bahan e-Kinerja diekspor</source>
        <translation>e-Kinerja material exported</translation>
    </message>
    <message>
        <source>Lembar kerja diimpor</source>
        <translation>Workbook imported</translation>
    </message>
    <message>
        <source>Kumpulan Data diekspor</source>
        <translation>Dataset exported</translation>
    </message>
    <message>
        <source>Dikirim ke pemeriksaan</source>
        <translation>Sent for checking</translation>
    </message>
    <message>
        <source>Diolah</source>
        <translation>Processed</translation>
    </message>
    <message>
        <source>Program ditambahkan</source>
        <translation>Programme added</translation>
    </message>
    <message>
        <source>Kegiatan ditambahkan</source>
        <translation>Activity added</translation>
    </message>
    <message>
        <source>Agenda ditambahkan</source>
        <translation>Agenda entry added</translation>
    </message>
    <message>
        <source>Agenda diubah</source>
        <translation>Agenda entry changed</translation>
    </message>
    <message>
        <source>Agenda selesai</source>
        <translation>Agenda entry done</translation>
    </message>
    <message>
        <source>Agenda dibuka kembali</source>
        <translation>Agenda entry reopened</translation>
    </message>
    <message>
        <source>Agenda dikaitkan dengan Kumpulan Data</source>
        <translation>Agenda entry linked to a dataset</translation>
    </message>
    <message>
        <source>Kaitan agenda dilepas</source>
        <translation>Agenda entry unlinked</translation>
    </message>
    <message>
        <source>Katalog Data offline dibuat</source>
        <translation>Offline data catalogue made</translation>
    </message>
    <message>
        <source>Laporan Pelaksanaan dibuat</source>
        <translation>Implementation report created</translation>
    </message>
    <message>
        <source>Lembar Kendali SOP dicetak</source>
        <translation>SOP control sheet printed</translation>
    </message>
    <message>
        <source>Catatan Aktivitas diekspor</source>
        <translation>Activity log exported</translation>
    </message>
    <message>
        <source>Kalender kerja disimpan</source>
        <translation>Work calendar saved</translation>
    </message>
    <message>
        <source>Rekapitulasi dibuat</source>
        <translation>Recap created</translation>
    </message>
    <message>
        <source>Tabulasi diekspor</source>
        <translation>Tabulation exported</translation>
    </message>
    <message>
        <source>Publikasi dicetak</source>
        <translation>Publication printed</translation>
    </message>
    <message>
        <source>Lembar Persetujuan dibuat</source>
        <translation>Approval sheet written</translation>
    </message>
    <message>
        <source>Paket internet publikasi dibuat</source>
        <translation>Publication internet package written</translation>
    </message>
    <message>
        <source>Alamat laman paket internet diatur</source>
        <translation>Internet package web address set</translation>
    </message>
    <message>
        <source>Distribusi publikasi dicatat</source>
        <translation>Publication distribution recorded</translation>
    </message>
    <message>
        <source>Salinan data soft dibuat</source>
        <translation>Soft copies saved</translation>
    </message>
    <message>
        <source>Pengaturan pencadangan diubah</source>
        <translation>Backup settings changed</translation>
    </message>
    <message>
        <source>Cadangan diverifikasi ulang</source>
        <translation>Backups verified again</translation>
    </message>
    <message>
        <source>Cadangan dipulihkan</source>
        <translation>Backup restored</translation>
    </message>
    <message>
        <source>Lembar Pemulihan dicetak</source>
        <translation>Recovery sheet printed</translation>
    </message>
    <message>
        <source>Hak akses peran diubah</source>
        <translation>Role permissions changed</translation>
    </message>
    <message>
        <source>Kolom diganti nama</source>
        <translation>Column renamed</translation>
    </message>
    <message>
        <source>Kolom ditambahkan</source>
        <translation>Column added</translation>
    </message>
    <message>
        <source>Tipe kolom diubah</source>
        <translation>Column type changed</translation>
    </message>
    <message>
        <source>Kolom dihapus</source>
        <translation>Column removed</translation>
    </message>
    <message>
        <source>Urutan kolom diubah</source>
        <translation>Column moved</translation>
    </message>
    <message>
        <source>Metadata direvisi</source>
        <translation>Metadata revised</translation>
    </message>
    <message>
        <source>Keluaran diperbarui ke revisi terbaru</source>
        <translation>Output updated to the newest revision</translation>
    </message>
    <message>
        <source>Periode baru divalidasi</source>
        <translation>New periods validated</translation>
    </message>
    <message>
        <source>Periode baru dikembalikan</source>
        <translation>New periods returned</translation>
    </message>
    <message>
        <source>Ditarik dari Katalog Data</source>
        <translation>Withdrawn from the data catalogue</translation>
    </message>
    <message>
        <source>Dikembalikan ke Katalog Data</source>
        <translation>Put back in the data catalogue</translation>
    </message>
    <message>
        <source>Kumpulan Data dipindahkan ke Sampah</source>
        <translation>Dataset moved to the trash</translation>
    </message>
    <message>
        <source>Kumpulan Data dipulihkan dari Sampah</source>
        <translation>Dataset restored from the trash</translation>
    </message>
    <message>
        <source>Sampah dikosongkan</source>
        <translation>Trash emptied</translation>
    </message>
    <message>
        <source>Program diubah</source>
        <translation>Programme changed</translation>
    </message>
    <message>
        <source>Program dihapus</source>
        <translation>Programme removed</translation>
    </message>
    <message>
        <source>Kegiatan dihapus</source>
        <translation>Activity removed</translation>
    </message>
    <message>
        <source>Kegiatan diubah</source>
        <translation>Activity changed</translation>
    </message>
    <message>
        <source>Kumpulan Data dikaitkan dengan Kegiatan</source>
        <translation>Dataset linked to an activity</translation>
    </message>
    <message>
        <source>Program dan Kegiatan diimpor</source>
        <translation>Programmes and activities imported</translation>
    </message>
    <message>
        <source>Revisi baru dibuat</source>
        <translation>New revision made</translation>
    </message>
    <message>
        <source>Perubahan peran diminta (menunggu Kepala Dinas)</source>
        <translation>Role change requested (awaiting the head of office)</translation>
    </message>
    <message>
        <source>Peran pengguna diubah</source>
        <translation>User role changed</translation>
    </message>
    <message>
        <source>Perubahan peran dikonfirmasi Kepala Dinas</source>
        <translation>Role change confirmed by the head of office</translation>
    </message>
    <message>
        <source>Perubahan peran ditolak Kepala Dinas</source>
        <translation>Role change rejected by the head of office</translation>
    </message>
    <message>
        <source>Data kantor dipindahkan ke basis data lain</source>
        <translation>Office data moved to another database</translation>
    </message>
    <message>
        <source>Ditolak: {what} &apos;{object}&apos;</source>
        <translation>Refused: {what} &apos;{object}&apos;</translation>
    </message>
    <message>
        <source>Ditolak: {what}</source>
        <translation>Refused: {what}</translation>
    </message>
    <message>
        <source>Ditolak: &apos;{object}&apos;</source>
        <translation>Refused: &apos;{object}&apos;</translation>
    </message>
    <message>
        <source>Garis dasar status dicatat (pembaruan PADI)</source>
        <translation>States baseline recorded (PADI update)</translation>
    </message>
    <message>
        <source>Perubahan status dicatat</source>
        <translation>State change recorded</translation>
    </message>
    <message>
        <source>Jangkar Catatan Aktivitas dibuat</source>
        <translation>Activity log anchor created</translation>
    </message>
    <message>
        <source>Catatan Aktivitas tidak cocok dengan jangkarnya</source>
        <translation>Activity log did not match its anchor</translation>
    </message>
</context>
<context>
    <name>ActivityTab</name>
    <message>
        <source>Cari pengguna, objek atau tindakan…</source>
        <translation>Search user, object or action…</translation>
    </message>
    <message>
        <source>Waktu</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Pengguna</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Peran</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Langkah</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>Semua langkah</source>
        <translation>All steps</translation>
    </message>
    <message>
        <source>Semua objek</source>
        <translation>All objects</translation>
    </message>
    <message>
        <source>Kumpulan Data</source>
        <translation>Dataset</translation>
    </message>
    <message>
        <source>Publikasi</source>
        <translation>Publication</translation>
    </message>
    <message>
        <source>Cadangan</source>
        <translation>Backup</translation>
    </message>
    <message>
        <source>Agenda Kerja</source>
        <translation>Work agenda</translation>
    </message>
    <message>
        <source>Laporan</source>
        <translation>Report</translation>
    </message>
    <message>
        <source>Semua waktu</source>
        <translation>All time</translation>
    </message>
    <message>
        <source>Hari ini</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>7 hari terakhir</source>
        <translation>Last 7 days</translation>
    </message>
    <message>
        <source>Bulan ini</source>
        <translation>This month</translation>
    </message>
    <message>
        <source>Tahun ini</source>
        <translation>This year</translation>
    </message>
    <message>
        <source>Objek</source>
        <translation>Object</translation>
    </message>
    <message>
        <source>Periode</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Buka Objek</source>
        <translation>Open object</translation>
    </message>
    <message>
        <source>Lembar Kendali SOP…</source>
        <translation>SOP control sheet…</translation>
    </message>
    <message>
        <source>Ekspor XLSX…</source>
        <translation>Export XLSX…</translation>
    </message>
    <message>
        <source>Ekspor PDF…</source>
        <translation>Export PDF…</translation>
    </message>
    <message>
        <source>Tindakan</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Waktu Kerja / Waktu Baku</source>
        <translation>Work time / Standard time</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#2e7d32&apos;&gt;✔ Rantai catatan utuh: {n} entri terverifikasi.&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#2e7d32&apos;&gt;✔ Log chain intact: {n} entries verified.&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#b23a48&apos;&gt;&lt;b&gt;✘ Catatan aktivitas #{id} telah diubah atau dihapus.&lt;/b&gt;&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#b23a48&apos;&gt;&lt;b&gt;✘ Activity log entry #{id} has been altered or deleted.&lt;/b&gt;&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Semua pengguna</source>
        <translation>All users</translation>
    </message>
    <message>
        <source>{n} entri</source>
        <translation>{n} entries</translation>
    </message>
    <message>
        <source>Pilih entri sebuah Kumpulan Data atau Publikasi.</source>
        <translation>Choose an entry for a dataset or publication.</translation>
    </message>
    <message>
        <source>Simpan Lembar Kendali SOP</source>
        <translation>Save SOP control sheet</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Lembar Kendali SOP disimpan: {file}</source>
        <translation>SOP control sheet saved: {file}</translation>
    </message>
    <message>
        <source>Buku kerja Excel (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>Ekspor Catatan Aktivitas</source>
        <translation>Export activity log</translation>
    </message>
    <message>
        <source>teks &quot;{text}&quot;</source>
        <translation>text &quot;{text}&quot;</translation>
    </message>
    <message>
        <source>Catatan Aktivitas diekspor: {file}</source>
        <translation>Activity log exported: {file}</translation>
    </message>
    <message>
        <source>Catatan Aktivitas</source>
        <translation>Activity log</translation>
    </message>
</context>
<context>
    <name>AgendaEntryDialog</name>
    <message>
        <source>Agenda Baru</source>
        <translation>New Agenda Item</translation>
    </message>
    <message>
        <source>Ubah Agenda</source>
        <translation>Edit Agenda Item</translation>
    </message>
    <message>
        <source>contoh: Rekap izin terbit bulan November</source>
        <translation>e.g. Recap of permits issued in November</translation>
    </message>
    <message>
        <source>(belum ditentukan)</source>
        <translation>(not assigned)</translation>
    </message>
    <message>
        <source>(tanpa kegiatan)</source>
        <translation>(no activity)</translation>
    </message>
    <message>
        <source>(belum ada)</source>
        <translation>(none yet)</translation>
    </message>
    <message>
        <source>&amp;Judul</source>
        <translation>&amp;Title</translation>
    </message>
    <message>
        <source>Jatuh &amp;tempo</source>
        <translation>&amp;Due date</translation>
    </message>
    <message>
        <source>&amp;Penanggung jawab</source>
        <translation>&amp;Responsible</translation>
    </message>
    <message>
        <source>&amp;Kegiatan</source>
        <translation>&amp;Activity</translation>
    </message>
    <message>
        <source>Kumpulan &amp;Data</source>
        <translation>Data&amp;set</translation>
    </message>
    <message>
        <source>Kumpulan Data dapat dihubungkan nanti, setelah dibuat di tab 1 Persiapan.</source>
        <translation>A dataset can be linked later, once it has been created in tab 1 Preparation.</translation>
    </message>
</context>
<context>
    <name>AgendaView</name>
    <message>
        <source>Selesai</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Terlambat</source>
        <translation>Late</translation>
    </message>
    <message>
        <source>Segera jatuh tempo</source>
        <translation>Due soon</translation>
    </message>
    <message>
        <source>Terbuka</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Hanya Kasubag Program, Sekretaris atau Kepala Dinas yang dapat menugaskan agenda kepada orang lain atau mengubah agenda orang lain.</source>
        <translation>Only the Kasubag Program, the Sekretaris or the Head of office may assign agenda items to other people or change other people&apos;s items.</translation>
    </message>
    <message>
        <source>Penanggung jawab tidak ditemukan. Muat ulang lalu pilih lagi.</source>
        <translation>The person responsible was not found. Reload and choose again.</translation>
    </message>
    <message>
        <source>Akun penanggung jawab sudah nonaktif. Pilih orang lain.</source>
        <translation>The account of the person responsible is inactive. Choose someone else.</translation>
    </message>
    <message>
        <source>Kegiatan tidak ditemukan. Muat ulang lalu pilih lagi.</source>
        <translation>The activity was not found. Reload and choose again.</translation>
    </message>
    <message>
        <source>Kumpulan Data tidak ditemukan. Muat ulang lalu pilih lagi.</source>
        <translation>The dataset was not found. Reload and choose again.</translation>
    </message>
    <message>
        <source>Agenda ini sudah tidak ada. Daftar dimuat ulang.</source>
        <translation>This agenda item no longer exists. The list has been reloaded.</translation>
    </message>
    <message>
        <source>Tanggal jatuh tempo tidak dikenal.</source>
        <translation>The due date is not recognised.</translation>
    </message>
    <message>
        <source>Daftar</source>
        <translation>List</translation>
    </message>
    <message>
        <source>Kalender</source>
        <translation>Calendar</translation>
    </message>
    <message>
        <source>Tampilkan yang selesai</source>
        <translation>Show done items</translation>
    </message>
    <message>
        <source>Hanya agenda saya</source>
        <translation>Only my items</translation>
    </message>
    <message>
        <source>Agenda Baru</source>
        <translation>New Agenda Item</translation>
    </message>
    <message>
        <source>Ubah</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>Tandai Selesai</source>
        <translation>Mark Done</translation>
    </message>
    <message>
        <source>Buka Kumpulan Data</source>
        <translation>Open Dataset</translation>
    </message>
    <message>
        <source>Buka Kumpulan Data yang terhubung dengan agenda ini.</source>
        <translation>Open the dataset linked to this agenda item.</translation>
    </message>
    <message>
        <source>{overdue} terlambat · {soon} segera jatuh tempo · {open} terbuka · {done} selesai</source>
        <translation>{overdue} late · {soon} due soon · {open} open · {done} done</translation>
    </message>
    <message>
        <source>Jatuh Tempo</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda item</translation>
    </message>
    <message>
        <source>Penanggung Jawab</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <source>Kegiatan</source>
        <translation>Activity</translation>
    </message>
    <message>
        <source>Kumpulan Data</source>
        <translation>Dataset</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>(belum ditentukan)</source>
        <translation>(not assigned)</translation>
    </message>
    <message>
        <source>(belum ada)</source>
        <translation>(none yet)</translation>
    </message>
    <message>
        <source>Tanggal bertanda tebal memiliki agenda. Warna mengikuti agenda yang paling mendesak:</source>
        <translation>Dates in bold have agenda items. The colour follows the most urgent item:</translation>
    </message>
    <message>
        <source>Pilih tanggal untuk melihat agendanya di bawah kalender.</source>
        <translation>Choose a date to see its items below the calendar.</translation>
    </message>
    <message>
        <source>Agenda jatuh tempo {date}: {n}</source>
        <translation>Items due {date}: {n}</translation>
    </message>
    <message>
        <source>Peran Anda tidak diizinkan mengisi Agenda Kerja.</source>
        <translation>Your role may not add to the Work agenda.</translation>
    </message>
    <message>
        <source>Hanya penanggung jawabnya, Kasubag Program, Sekretaris atau Kepala Dinas yang dapat mengubah agenda ini.</source>
        <translation>Only the person responsible, the Kasubag Program, the Sekretaris or the Head of office may change this item.</translation>
    </message>
    <message>
        <source>Tandai Belum Selesai</source>
        <translation>Mark Not Done</translation>
    </message>
    <message>
        <source>Tidak dapat dilanjutkan</source>
        <translation>Cannot continue</translation>
    </message>
    <message>
        <source>Agenda dicatat.</source>
        <translation>Agenda item recorded.</translation>
    </message>
    <message>
        <source>Agenda diubah.</source>
        <translation>Agenda item changed.</translation>
    </message>
    <message>
        <source>Agenda dibuka kembali.</source>
        <translation>Agenda item reopened.</translation>
    </message>
    <message>
        <source>Agenda ditandai selesai.</source>
        <translation>Agenda item marked done.</translation>
    </message>
</context>
<context>
    <name>ArchiveTab</name>
    <message>
        <source>{n} GB</source>
        <translation>{n} GB</translation>
    </message>
    <message>
        <source>{n} MB</source>
        <translation>{n} MB</translation>
    </message>
    <message>
        <source>{n} KB</source>
        <translation>{n} KB</translation>
    </message>
    <message>
        <source>Arsip</source>
        <translation>Archive</translation>
    </message>
    <message>
        <source>Menyimpan semua file sebagai data soft untuk kepentingan internal</source>
        <translation>Keeping all files as soft copies for internal use</translation>
    </message>
    <message>
        <source>Cadangkan Sekarang</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <source>Verifikasi Ulang</source>
        <translation>Re-verify</translation>
    </message>
    <message>
        <source>Pulihkan…</source>
        <translation>Restore…</translation>
    </message>
    <message>
        <source>Salin Data Soft</source>
        <translation>Save soft copies</translation>
    </message>
    <message>
        <source>&lt;b&gt;Tujuan cadangan&lt;/b&gt;</source>
        <translation>&lt;b&gt;Backup location&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Pilih folder…</source>
        <translation>Choose folder…</translation>
    </message>
    <message>
        <source>Muat ulang drive</source>
        <translation>Reload drives</translation>
    </message>
    <message>
        <source>&lt;b&gt;Cadangan pada tujuan ini&lt;/b&gt;</source>
        <translation>&lt;b&gt;Backups in this location&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Berkas</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Dibuat</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Ukuran</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Jenis</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Keadaan</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Pengaturan cadangan kantor</source>
        <translation>Office backup settings</translation>
    </message>
    <message>
        <source>Cadangan terbaru yang selalu disimpan, walaupun dibuat pada hari yang sama</source>
        <translation>Newest backups always kept, even when made on the same day</translation>
    </message>
    <message>
        <source>terbaru</source>
        <translation>newest</translation>
    </message>
    <message>
        <source>harian</source>
        <translation>daily</translation>
    </message>
    <message>
        <source>mingguan</source>
        <translation>weekly</translation>
    </message>
    <message>
        <source>bulanan</source>
        <translation>monthly</translation>
    </message>
    <message>
        <source>Simpan cadangan terakhir:</source>
        <translation>Keep the latest backups:</translation>
    </message>
    <message>
        <source>Enkripsi cadangan dengan frasa sandi (ditanyakan setiap kali mencadangkan)</source>
        <translation>Encrypt backups with a passphrase (asked for at every backup)</translation>
    </message>
    <message>
        <source>Cadangkan otomatis (tanpa enkripsi) saat PADI ditutup</source>
        <translation>Back up automatically (unencrypted) when PADI is closed</translation>
    </message>
    <message>
        <source>Simpan Pengaturan</source>
        <translation>Save settings</translation>
    </message>
    <message>
        <source>Cadangan lama dihapus hanya setelah cadangan baru terverifikasi; cadangan terverifikasi terbaru tidak pernah dihapus.</source>
        <translation>Old backups are deleted only after a new backup has been verified; the latest verified backup is never deleted.</translation>
    </message>
    <message>
        <source>Media lepas</source>
        <translation>Removable drive</translation>
    </message>
    <message>
        <source>Disk</source>
        <translation>Fixed disk</translation>
    </message>
    <message>
        <source>{label}
{kind} · {free} kosong dari {total}</source>
        <translation>{label}
{kind} · {free} free of {total}</translation>
    </message>
    <message>
        <source>{name}
Folder pilihan · {state}</source>
        <translation>{name}
Chosen folder · {state}</translation>
    </message>
    <message>
        <source>tersedia</source>
        <translation>available</translation>
    </message>
    <message>
        <source>tidak terpasang</source>
        <translation>not plugged in</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Belum ada cadangan terverifikasi.&lt;/b&gt; Pasang flash disk atau hard disk lalu klik Cadangkan Sekarang.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;No verified backup yet.&lt;/b&gt; Plug in a flash drive or hard disk, then click Back up now.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Cadangan terverifikasi terakhir: &lt;b&gt;{when}&lt;/b&gt;&lt;br&gt;{path}&lt;br&gt;SHA-256: &lt;tt&gt;{sha}&lt;/tt&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;Last verified backup: &lt;b&gt;{when}&lt;/b&gt;&lt;br&gt;{path}&lt;br&gt;SHA-256: &lt;tt&gt;{sha}&lt;/tt&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>(belum dipilih)</source>
        <translation>(not chosen)</translation>
    </message>
    <message>
        <source>&lt;p&gt;Tujuan: &lt;b&gt;{target}&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;Location: &lt;b&gt;{target}&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Perlu frasa sandi untuk diverifikasi</source>
        <translation>Passphrase needed to verify</translation>
    </message>
    <message>
        <source>Utuh (diverifikasi ulang)</source>
        <translation>Intact (re-verified)</translation>
    </message>
    <message>
        <source>RUSAK — jangan dipakai</source>
        <translation>DAMAGED — do not use</translation>
    </message>
    <message>
        <source>Terverifikasi</source>
        <translation>Verified</translation>
    </message>
    <message>
        <source>Belum diverifikasi di komputer ini</source>
        <translation>Not yet verified on this computer</translation>
    </message>
    <message>
        <source>Terenkripsi</source>
        <translation>Encrypted</translation>
    </message>
    <message>
        <source>Biasa</source>
        <translation>Plain</translation>
    </message>
    <message>
        <source>Pilih flash disk atau folder cadangan</source>
        <translation>Choose a flash drive or backup folder</translation>
    </message>
    <message>
        <source>Tidak dapat dilanjutkan</source>
        <translation>Cannot continue</translation>
    </message>
    <message>
        <source>Pengaturan cadangan disimpan.</source>
        <translation>Backup settings saved.</translation>
    </message>
    <message>
        <source>Tujuan cadangan belum siap</source>
        <translation>Backup location not ready</translation>
    </message>
    <message>
        <source>Pilih flash disk atau folder tujuan di sebelah kiri, dan pastikan media terpasang.</source>
        <translation>Choose a flash drive or target folder on the left, and make sure the drive is plugged in.</translation>
    </message>
    <message>
        <source>Menulis dan memverifikasi cadangan ke {folder} …</source>
        <translation>Writing and verifying the backup in {folder} …</translation>
    </message>
    <message>
        <source>Cadangan terverifikasi: {name}</source>
        <translation>Backup verified: {name}</translation>
    </message>
    <message>
        <source>Simpan lembar pemulihan</source>
        <translation>Save recovery sheet</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Lembar pemulihan disimpan: {name}. Cetak dan simpan di tempat aman.</source>
        <translation>Recovery sheet saved: {name}. Print it and keep it in a safe place.</translation>
    </message>
    <message>
        <source>Tutup tanpa Cadangan</source>
        <translation>Quit without Backup</translation>
    </message>
    <message>
        <source>Tutup PADI</source>
        <translation>Quit PADI</translation>
    </message>
    <message>
        <source>Cadangan saat menutup PADI tidak dapat dibuat: {folder} tidak terpasang. Pasang medianya lalu tutup lagi, atau tutup tanpa cadangan.</source>
        <translation>The backup on quitting PADI cannot be made: {folder} is not plugged in. Plug in the media and quit again, or quit without a backup.</translation>
    </message>
    <message>
        <source>Kantor meminta cadangan setiap kali PADI ditutup. Cadangkan ke {folder} sebelum menutup?</source>
        <translation>The office asks for a backup every time PADI is closed. Back up to {folder} before quitting?</translation>
    </message>
    <message>
        <source>Cadangkan lalu Tutup</source>
        <translation>Back up and Quit</translation>
    </message>
    <message>
        <source>Frasa sandi cadangan terenkripsi (kosongkan untuk melewatinya):</source>
        <translation>Passphrase for encrypted backups (leave empty to skip them):</translation>
    </message>
    <message>
        <source>Memverifikasi ulang cadangan di {folder} …</source>
        <translation>Re-verifying the backups in {folder} …</translation>
    </message>
    <message>
        <source>Cadangan rusak ditemukan</source>
        <translation>Damaged backups found</translation>
    </message>
    <message>
        <source>{n} cadangan di {folder} tidak lagi utuh. Jangan gunakan untuk pemulihan; buat cadangan baru, sebaiknya di media lain.</source>
        <translation>{n} backup(s) in {folder} are no longer intact. Do not use them to restore; make a new backup, preferably on another drive.</translation>
    </message>
    <message>
        <source>{n} cadangan diverifikasi ulang.</source>
        <translation>{n} backup(s) re-verified.</translation>
    </message>
    <message>
        <source>Pilih berkas cadangan</source>
        <translation>Choose a backup file</translation>
    </message>
    <message>
        <source>Cadangan PADI (*.zip *.padienc)</source>
        <translation>PADI backups (*.zip *.padienc)</translation>
    </message>
    <message>
        <source>Pulihkan</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Frasa sandi cadangan:</source>
        <translation>Backup passphrase:</translation>
    </message>
    <message>
        <source>Memverifikasi {name} …</source>
        <translation>Verifying {name} …</translation>
    </message>
    <message>
        <source>ya (Catatan Aktivitas #{entry})</source>
        <translation>yes (activity log #{entry})</translation>
    </message>
    <message>
        <source>TIDAK</source>
        <translation>NO</translation>
    </message>
    <message>
        <source>Pulihkan cadangan {name}?

Dibuat: {when}
Isi: {datasets} Kumpulan Data ({rows} baris), {pubs} Publikasi, {users} pengguna, {log} entri Catatan Aktivitas.
Tercatat di kantor ini: {known}

Semua perubahan sesudah cadangan ini dibuat akan diganti. Basis data sekarang disimpan dulu sebagai salinan pengaman di sebelahnya, lalu PADI dibuka ulang dan Anda masuk kembali.</source>
        <translation>Restore backup {name}?

Created: {when}
Contents: {datasets} dataset(s) ({rows} rows), {pubs} publication(s), {users} user(s), {log} activity log entries.
Recorded in this office: {known}

All changes made after this backup was created will be replaced. The current database is first kept as a safety copy next to it; then PADI restarts and you log in again.</translation>
    </message>
    <message>
        <source>Memulihkan {name} …</source>
        <translation>Restoring {name} …</translation>
    </message>
    <message>
        <source>Pemulihan selesai</source>
        <translation>Restore complete</translation>
    </message>
    <message>
        <source>Basis data dipulihkan dari {name}. Salinan pengaman basis data sebelumnya: {safety}

PADI akan dibuka ulang; silakan masuk kembali.</source>
        <translation>Database restored from {name}. Safety copy of the previous database: {safety}

PADI will now restart; please log in again.</translation>
    </message>
    <message>
        <source>Menyalin data soft ke {folder} …</source>
        <translation>Writing soft copies to {folder} …</translation>
    </message>
    <message>
        <source>Data soft disalin ke {folder}: {datasets} Kumpulan Data, {pubs} Publikasi.</source>
        <translation>Soft copies written to {folder}: {datasets} dataset(s), {pubs} publication(s).</translation>
    </message>
</context>
<context>
    <name>Attempts</name>
    <message>
        <source>Buat publikasi</source>
        <translation>Create publication</translation>
    </message>
    <message>
        <source>Perbaiki publikasi</source>
        <translation>Revise publication</translation>
    </message>
    <message>
        <source>Ajukan publikasi</source>
        <translation>Submit publication</translation>
    </message>
    <message>
        <source>Setujui publikasi</source>
        <translation>Approve publication</translation>
    </message>
    <message>
        <source>Kembalikan publikasi</source>
        <translation>Return publication</translation>
    </message>
    <message>
        <source>Terbitkan publikasi</source>
        <translation>Publish publication</translation>
    </message>
    <message>
        <source>Cetak publikasi</source>
        <translation>Print publication</translation>
    </message>
    <message>
        <source>Buat Lembar Persetujuan</source>
        <translation>Write approval sheet</translation>
    </message>
    <message>
        <source>Buat paket internet</source>
        <translation>Write internet package</translation>
    </message>
    <message>
        <source>Catat distribusi</source>
        <translation>Record distribution</translation>
    </message>
    <message>
        <source>Buat Kumpulan Data</source>
        <translation>Create dataset</translation>
    </message>
    <message>
        <source>Simpan Kumpulan Data</source>
        <translation>Save dataset</translation>
    </message>
    <message>
        <source>Jalankan Pemeriksaan</source>
        <translation>Run checks</translation>
    </message>
    <message>
        <source>Simpan Pengaturan Pemeriksaan</source>
        <translation>Save check settings</translation>
    </message>
    <message>
        <source>Terima kesalahan pemeriksaan</source>
        <translation>Accept check errors</translation>
    </message>
    <message>
        <source>Catat Konfirmasi Data</source>
        <translation>Record source confirmation</translation>
    </message>
    <message>
        <source>Buat Surat Permohonan Konfirmasi</source>
        <translation>Write confirmation request letter</translation>
    </message>
    <message>
        <source>Tandai tervalidasi</source>
        <translation>Mark validated</translation>
    </message>
    <message>
        <source>Kembalikan ke Persiapan</source>
        <translation>Return to Preparation</translation>
    </message>
    <message>
        <source>Simpan Keluaran</source>
        <translation>Save output</translation>
    </message>
    <message>
        <source>Sajikan di Katalog Data</source>
        <translation>Present in the data catalogue</translation>
    </message>
    <message>
        <source>Ekspor tabulasi</source>
        <translation>Export tabulation</translation>
    </message>
    <message>
        <source>Buat rekapitulasi</source>
        <translation>Create recap</translation>
    </message>
    <message>
        <source>Ubah profil kantor</source>
        <translation>Change office profile</translation>
    </message>
    <message>
        <source>Tambah pengguna</source>
        <translation>Add user</translation>
    </message>
    <message>
        <source>Aktifkan atau nonaktifkan pengguna</source>
        <translation>Activate or deactivate user</translation>
    </message>
    <message>
        <source>Atur ulang kata sandi</source>
        <translation>Reset password</translation>
    </message>
    <message>
        <source>Tunjuk Plt. Kepala Dinas</source>
        <translation>Appoint acting head</translation>
    </message>
    <message>
        <source>Buat cadangan</source>
        <translation>Back up</translation>
    </message>
    <message>
        <source>Ubah pengaturan pencadangan</source>
        <translation>Change backup settings</translation>
    </message>
    <message>
        <source>Ubah hak akses peran</source>
        <translation>Change role permissions</translation>
    </message>
    <message>
        <source>Ubah format nomor surat</source>
        <translation>Change letter number format</translation>
    </message>
</context>
<context>
    <name>BackupOptionsDialog</name>
    <message>
        <source>Cadangkan Sekarang</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <source>Cadangan akan ditulis ke &lt;b&gt;{target}&lt;/b&gt;, lalu dibaca ulang dan diverifikasi.</source>
        <translation>The backup will be written to &lt;b&gt;{target}&lt;/b&gt;, then read back and verified.</translation>
    </message>
    <message>
        <source>Enkripsi dengan frasa sandi</source>
        <translation>Encrypt with a passphrase</translation>
    </message>
    <message>
        <source>contoh: amplop tersegel di brankas Sekretariat</source>
        <translation>e.g. sealed envelope in the Secretariat safe</translation>
    </message>
    <message>
        <source>Simpan lembar pemulihan (PDF) untuk dicetak</source>
        <translation>Save a recovery sheet (PDF) to print</translation>
    </message>
    <message>
        <source>Tanpa frasa sandi ini cadangan tidak dapat dibuka oleh siapa pun. Frasa sandi tidak disimpan PADI.</source>
        <translation>Without this passphrase nobody can open the backup. PADI does not store the passphrase.</translation>
    </message>
    <message>
        <source>Frasa sandi:</source>
        <translation>Passphrase:</translation>
    </message>
    <message>
        <source>Ulangi frasa sandi:</source>
        <translation>Repeat passphrase:</translation>
    </message>
    <message>
        <source>Frasa sandi disimpan di:</source>
        <translation>Passphrase kept at:</translation>
    </message>
    <message>
        <source>Cadangkan</source>
        <translation>Back up</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Frasa sandi paling sedikit {n} karakter.</source>
        <translation>The passphrase needs at least {n} characters.</translation>
    </message>
    <message>
        <source>Kedua frasa sandi belum sama.</source>
        <translation>The two passphrases do not match.</translation>
    </message>
</context>
<context>
    <name>CalendarDialog</name>
    <message>
        <source>Kalender Kerja</source>
        <translation>Work calendar</translation>
    </message>
    <message>
        <source>Jam kerja (istirahat tidak dihitung)</source>
        <translation>Working hours (breaks are not counted)</translation>
    </message>
    <message>
        <source>Hari</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>Masuk</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Pulang</source>
        <translation>End</translation>
    </message>
    <message>
        <source>Istirahat</source>
        <translation>Break</translation>
    </message>
    <message>
        <source>s.d.</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Senin</source>
        <translation>Monday</translation>
    </message>
    <message>
        <source>Selasa</source>
        <translation>Tuesday</translation>
    </message>
    <message>
        <source>Rabu</source>
        <translation>Wednesday</translation>
    </message>
    <message>
        <source>Kamis</source>
        <translation>Thursday</translation>
    </message>
    <message>
        <source>Jumat</source>
        <translation>Friday</translation>
    </message>
    <message>
        <source>Sabtu</source>
        <translation>Saturday</translation>
    </message>
    <message>
        <source>Minggu</source>
        <translation>Sunday</translation>
    </message>
    <message>
        <source>Hari libur nasional dan cuti bersama</source>
        <translation>Public holidays and collective leave days</translation>
    </message>
    <message>
        <source>Tanggal (TTTT-BB-HH)</source>
        <translation>Date (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>Keterangan</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Cuti bersama</source>
        <translation>Collective leave</translation>
    </message>
    <message>
        <source>Tambah Hari Libur</source>
        <translation>Add holiday</translation>
    </message>
    <message>
        <source>Hapus Baris</source>
        <translation>Remove row</translation>
    </message>
    <message>
        <source>Peringatkan bila cadangan terakhir berumur</source>
        <translation>Warn when the last backup is older than</translation>
    </message>
    <message>
        <source> hari</source>
        <translation> days</translation>
    </message>
</context>
<context>
    <name>CatalogOutputsView</name>
    <message>
        <source>Belum ada Keluaran tersimpan.</source>
        <translation>No saved outputs yet.</translation>
    </message>
    <message>
        <source>Keluaran:</source>
        <translation>Output:</translation>
    </message>
</context>
<context>
    <name>ChartView</name>
    <message>
        <source>– : tidak ada data</source>
        <translation>– : no data</translation>
    </message>
    <message>
        <source>Sumber: {source}</source>
        <translation>Source: {source}</translation>
    </message>
    <message>
        <source>Tidak ada data untuk grafik ini.</source>
        <translation>No data for this chart.</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
</context>
<context>
    <name>CheckSettingsDialog</name>
    <message>
        <source>Pengaturan Pemeriksaan</source>
        <translation>Check settings</translation>
    </message>
    <message>
        <source>Kolom kunci: gabungan nilainya harus unik di setiap baris (biasanya kolom periode dan kategori). Baris dengan kunci yang sama dilaporkan sebagai kesalahan.</source>
        <translation>Key columns: together their values must be unique in every row (usually the period and category columns). Rows with the same key are reported as errors.</translation>
    </message>
    <message>
        <source>Tidak diperiksa</source>
        <translation>Not checked</translation>
    </message>
    <message>
        <source>Total suatu periode yang naik atau turun lebih dari ini dibanding periode sebelumnya dilaporkan sebagai peringatan. 0: tidak diperiksa.</source>
        <translation>A period whose total rises or falls by more than this against the previous period is reported as a warning. 0: not checked.</translation>
    </message>
    <message>
        <source>Ambang perubahan antarperiode:</source>
        <translation>Change threshold between periods:</translation>
    </message>
</context>
<context>
    <name>ColumnTypes</name>
    <message>
        <source>Teks</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Bilangan bulat</source>
        <translation>Whole number</translation>
    </message>
    <message>
        <source>Desimal</source>
        <translation>Decimal</translation>
    </message>
    <message>
        <source>Persen</source>
        <translation>Percent</translation>
    </message>
    <message>
        <source>Rupiah</source>
        <translation>Rupiah</translation>
    </message>
    <message>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Periode</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Kategori</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Kode/Nomor</source>
        <translation>Code/Identifier</translation>
    </message>
</context>
<context>
    <name>ColumnsDialog</name>
    <message>
        <source>Kolom Kumpulan Data</source>
        <translation>Dataset columns</translation>
    </message>
    <message>
        <source>Setiap perubahan langsung disimpan dan dicatat. Sel yang tidak sesuai tipe baru tetap seperti semula dan ditandai untuk diperbaiki.</source>
        <translation>Every change is saved and logged at once. Cells that do not fit a new type stay as they were and are marked for fixing.</translation>
    </message>
    <message>
        <source>Ubah Nama…</source>
        <translation>Rename…</translation>
    </message>
    <message>
        <source>Ubah Tipe…</source>
        <translation>Change type…</translation>
    </message>
    <message>
        <source>Naik</source>
        <translation>Up</translation>
    </message>
    <message>
        <source>Turun</source>
        <translation>Down</translation>
    </message>
    <message>
        <source>Tambah…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <source>Hapus</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Ubah Nama Kolom</source>
        <translation>Rename column</translation>
    </message>
    <message>
        <source>Nama baru kolom &apos;{name}&apos;:</source>
        <translation>New name of column &apos;{name}&apos;:</translation>
    </message>
    <message>
        <source>Nama kolom diubah.</source>
        <translation>Column renamed.</translation>
    </message>
    <message>
        <source>Ubah Tipe Kolom</source>
        <translation>Change column type</translation>
    </message>
    <message>
        <source>Tipe baru kolom &apos;{name}&apos;:</source>
        <translation>New type of column &apos;{name}&apos;:</translation>
    </message>
    <message>
        <source>Tipe kolom diubah.</source>
        <translation>Column type changed.</translation>
    </message>
    <message>
        <source>Tipe kolom diubah. {count} sel tidak sesuai tipe baru dan dibiarkan seperti semula (baris {rows}); perbaiki di tabel.</source>
        <translation>Column type changed. {count} cells do not fit the new type and were left as they were (rows {rows}); fix them in the table.</translation>
    </message>
    <message>
        <source>Kolom dipindah.</source>
        <translation>Column moved.</translation>
    </message>
    <message>
        <source>Tambah Kolom</source>
        <translation>Add column</translation>
    </message>
    <message>
        <source>Nama kolom baru (diletakkan sesudah kolom terpilih):</source>
        <translation>Name of the new column (placed after the selected column):</translation>
    </message>
    <message>
        <source>Kolom ditambah (tipe Teks; ubah tipenya bila perlu).</source>
        <translation>Column added (type Text; change its type if needed).</translation>
    </message>
    <message>
        <source>Hapus Kolom</source>
        <translation>Delete column</translation>
    </message>
    <message>
        <source>Hapus kolom &apos;{name}&apos; beserta isinya dari draf ini?</source>
        <translation>Delete column &apos;{name}&apos; and its contents from this draft?</translation>
    </message>
    <message>
        <source>Kolom dihapus.</source>
        <translation>Column deleted.</translation>
    </message>
</context>
<context>
    <name>ComposeDialog</name>
    <message>
        <source>Susun Publikasi</source>
        <translation>Compose publication</translation>
    </message>
    <message>
        <source>Buklet</source>
        <translation>Booklet</translation>
    </message>
    <message>
        <source>Halaman Web</source>
        <translation>Web page</translation>
    </message>
    <message>
        <source>(tanpa tabel)</source>
        <translation>(no table)</translation>
    </message>
    <message>
        <source>Grafik</source>
        <translation>Chart</translation>
    </message>
    <message>
        <source>&amp;Judul</source>
        <translation>&amp;Title</translation>
    </message>
    <message>
        <source>&amp;Jenis</source>
        <translation>T&amp;ype</translation>
    </message>
    <message>
        <source>Judul &amp;bagian</source>
        <translation>Section &amp;heading</translation>
    </message>
    <message>
        <source>Brosur (A4 lipat tiga)</source>
        <translation>Leaflet (A4 tri-fold)</translation>
    </message>
    <message>
        <source>Poster Papan Informasi</source>
        <translation>Info-board poster</translation>
    </message>
    <message>
        <source>Tanpa baris Sumber</source>
        <translation>No source line</translation>
    </message>
    <message>
        <source>Baris &apos;Sumber:&apos; di bawah tabel dan grafik. Awalnya Sumber dari Metadata Kumpulan Data; yang diubah di sini hanya berlaku untuk publikasi ini.</source>
        <translation>The &apos;Source:&apos; line under the table and chart. It starts as the dataset&apos;s Source metadata; a change here applies to this publication only.</translation>
    </message>
    <message>
        <source>Tabel</source>
        <translation>Table</translation>
    </message>
    <message>
        <source>Narasi otomatis</source>
        <translation>Automatic narrative</translation>
    </message>
    <message>
        <source>Narasi dari data; boleh disunting.</source>
        <translation>Narrative from the data; may be edited.</translation>
    </message>
    <message>
        <source>Buat Ulang Narasi</source>
        <translation>Regenerate narrative</translation>
    </message>
    <message>
        <source>(tanpa gambar)</source>
        <translation>(no image)</translation>
    </message>
    <message>
        <source>Pilih &amp;Gambar…</source>
        <translation>Choose &amp;image…</translation>
    </message>
    <message>
        <source>Hapus Gambar</source>
        <translation>Remove image</translation>
    </message>
    <message>
        <source>Keterangan gambar</source>
        <translation>Image caption</translation>
    </message>
    <message>
        <source>&amp;Teks</source>
        <translation>Te&amp;xt</translation>
    </message>
    <message>
        <source>Tabel dari &amp;Keluaran</source>
        <translation>Table from &amp;output</translation>
    </message>
    <message>
        <source>&amp;Sumber tabel dan grafik</source>
        <translation>&amp;Source of table and chart</translation>
    </message>
    <message>
        <source>Narasi</source>
        <translation>Narrative</translation>
    </message>
    <message>
        <source>Gambar</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>Catatan Kepala untuk bagian ini:</source>
        <translation>Notes from the head of office on this section:</translation>
    </message>
    <message>
        <source>Pilih Gambar</source>
        <translation>Choose image</translation>
    </message>
    <message>
        <source>Gambar PNG/JPEG (*.png *.jpg *.jpeg)</source>
        <translation>PNG/JPEG images (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>(gambar tidak terbaca)</source>
        <translation>(image cannot be read)</translation>
    </message>
    <message>
        <source>Kata pengantar Kepala Dinas</source>
        <translation>Foreword by the head of office</translation>
    </message>
    <message>
        <source>&amp;Kertas</source>
        <translation>&amp;Paper</translation>
    </message>
    <message>
        <source>Kata &amp;Pengantar</source>
        <translation>&amp;Foreword</translation>
    </message>
    <message>
        <source>Seret untuk mengubah urutan bagian</source>
        <translation>Drag to change the order of sections</translation>
    </message>
    <message>
        <source>Tambah Bagian</source>
        <translation>Add section</translation>
    </message>
    <message>
        <source>Hapus</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Naik</source>
        <translation>Up</translation>
    </message>
    <message>
        <source>Pindahkan bagian ke atas (Alt+Up)</source>
        <translation>Move the section up (Alt+Up)</translation>
    </message>
    <message>
        <source>Turun</source>
        <translation>Down</translation>
    </message>
    <message>
        <source>Pindahkan bagian ke bawah (Alt+Down)</source>
        <translation>Move the section down (Alt+Down)</translation>
    </message>
    <message>
        <source>Catatan Perbaikan dari Kepala:</source>
        <translation>Revision notes from the head of office:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Bagian&lt;/b&gt; (seret untuk mengurutkan)</source>
        <translation>&lt;b&gt;Sections&lt;/b&gt; (drag to reorder)</translation>
    </message>
    <message>
        <source>Isi Bagian</source>
        <translation>Section content</translation>
    </message>
    <message>
        <source>Pratinjau PDF</source>
        <translation>PDF preview</translation>
    </message>
    <message>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Bagian baru</source>
        <translation>New section</translation>
    </message>
    <message>
        <source>(tanpa judul)</source>
        <translation>(untitled)</translation>
    </message>
    <message>
        <source>A4 mendatar, lipat tiga</source>
        <translation>A4 landscape, tri-fold</translation>
    </message>
    <message>
        <source>A4 tegak (versi cetak)</source>
        <translation>A4 portrait (print version)</translation>
    </message>
    <message>
        <source>Ditandatangani: {title} — {name}</source>
        <translation>Signed by: {title} — {name}</translation>
    </message>
    <message>
        <source>(nama Kepala belum diisi)</source>
        <translation>(head of office&apos;s name not filled in)</translation>
    </message>
    <message>
        <source>Menyusun pratinjau…</source>
        <translation>Building the preview…</translation>
    </message>
    <message>
        <source>Pratinjau: {n} halaman</source>
        <translation>Preview: {n} page(s)</translation>
    </message>
    <message>
        <source>Pratinjau gagal dibuat: {err}</source>
        <translation>The preview could not be made: {err}</translation>
    </message>
</context>
<context>
    <name>ConfirmationDialog</name>
    <message>
        <source>Kumpulan Data: {name}</source>
        <translation>Dataset: {name}</translation>
    </message>
    <message>
        <source>Lampirkan berkas…</source>
        <translation>Attach file…</translation>
    </message>
    <message>
        <source>Surat balasan hasil pindaian: PDF, JPG atau PNG.</source>
        <translation>The scanned reply letter: PDF, JPG or PNG.</translation>
    </message>
    <message>
        <source>Belum ada lampiran.</source>
        <translation>No attachment yet.</translation>
    </message>
    <message>
        <source>Lampiran:</source>
        <translation>Attachment:</translation>
    </message>
    <message>
        <source>Lampirkan surat hasil pindaian</source>
        <translation>Attach the scanned letter</translation>
    </message>
    <message>
        <source>Surat (*.pdf *.jpg *.jpeg *.png)</source>
        <translation>Letters (*.pdf *.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <source>Lampiran</source>
        <translation>Attachment</translation>
    </message>
    <message>
        <source>Berkas tidak dapat dibaca.</source>
        <translation>The file cannot be read.</translation>
    </message>
    <message>
        <source>Berkas lampiran terlalu besar (maksimal 10 MB).</source>
        <translation>The attached file is too large (at most 10 MB).</translation>
    </message>
    <message>
        <source>Konfirmasi Data</source>
        <translation>Source confirmation</translation>
    </message>
    <message>
        <source>&amp;Sumber data</source>
        <translation>Data &amp;source</translation>
    </message>
    <message>
        <source>&amp;Cara konfirmasi</source>
        <translation>C&amp;hannel</translation>
    </message>
    <message>
        <source>&amp;Narahubung</source>
        <translation>&amp;Contact person</translation>
    </message>
    <message>
        <source>&amp;Tanggal</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <source>&amp;Hasil</source>
        <translation>&amp;Outcome</translation>
    </message>
    <message>
        <source>Ca&amp;tatan</source>
        <translation>&amp;Notes</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>Laporan Pelaksanaan…</source>
        <translation>Implementation report…</translation>
    </message>
    <message>
        <source>Item per langkah SOP</source>
        <translation>Items per SOP step</translation>
    </message>
    <message>
        <source>Waktu kerja*</source>
        <translation>Work time*</translation>
    </message>
    <message>
        <source>Waktu tunggu*</source>
        <translation>Waiting time*</translation>
    </message>
    <message>
        <source>* median langkah yang selesai bulan ini; waktu kerja dibanding Waktu Baku (langkah 3: waktu tempuh).</source>
        <translation>* median of the steps finished this month; work time against the standard time (step 3: lead time).</translation>
    </message>
    <message>
        <source>Terlambat</source>
        <translation>Late</translation>
    </message>
    <message>
        <source>Hampir terlambat (≥ 80% Waktu Baku)</source>
        <translation>Nearly late (≥ 80% of standard time)</translation>
    </message>
    <message>
        <source>Menunggu melewati batas (bukan terlambat)</source>
        <translation>Waiting beyond the limit (not late)</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Selamat datang, {name}&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Welcome, {name}&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>{n} item</source>
        <translation>{n} item(s)</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#b23a48&apos;&gt;{n} terlambat&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#b23a48&apos;&gt;{n} late&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#a86200&apos;&gt;{n} hampir terlambat&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#a86200&apos;&gt;{n} nearly late&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Item per langkah</source>
        <translation>Items per step</translation>
    </message>
    <message>
        <source>{spent} / {std} waktu tempuh</source>
        <translation>{spent} / {std} lead time</translation>
    </message>
    <message>
        <source>kerja {spent} / {std}</source>
        <translation>work {spent} / {std}</translation>
    </message>
    <message>
        <source>{label} — langkah {n} {step}: {spent}</source>
        <translation>{label} — step {n} {step}: {spent}</translation>
    </message>
    <message>
        <source>{label} — langkah {n} {step}: menunggu {wait} ({holder})</source>
        <translation>{label} — step {n} {step}: waiting {wait} ({holder})</translation>
    </message>
    <message>
        <source>Menunggu lebih dari {n} hari kerja. Waktu tunggu tidak membuat langkah terlambat. Klik dua kali untuk membuka.</source>
        <translation>Waiting more than {n} working days. Waiting time never makes a step late. Double-click to open.</translation>
    </message>
    <message>
        <source>Tidak ada item yang menunggu melewati batas.</source>
        <translation>No item is waiting beyond its limit.</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Items</translation>
    </message>
    <message>
        <source>Langkah SOP</source>
        <translation>SOP step</translation>
    </message>
    <message>
        <source>Tepat waktu bulan ini (%)</source>
        <translation>On time this month (%)</translation>
    </message>
    <message>
        <source>Tepat waktu bulan ini: belum ada langkah yang selesai</source>
        <translation>On time this month: no steps completed yet</translation>
    </message>
    <message>
        <source>% tepat waktu</source>
        <translation>% on time</translation>
    </message>
    <message>
        <source>Tidak ada item yang terlambat.</source>
        <translation>No late items.</translation>
    </message>
    <message>
        <source>Tidak ada item yang hampir terlambat.</source>
        <translation>No items nearly late.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Menunggu persetujuan Kepala Dinas: {n}&lt;/b&gt;</source>
        <translation>&lt;b&gt;Awaiting approval by the head of office: {n}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Klik dua kali untuk membuka.</source>
        <translation>Double-click to open.</translation>
    </message>
    <message>
        <source>{spent} / {std} tempuh</source>
        <translation>{spent} / {std} lead</translation>
    </message>
    <message>
        <source>{n} tanpa catatan mulai</source>
        <translation>{n} without a start record</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#1f5f8b&apos;&gt;{n} melewati batas&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#1f5f8b&apos;&gt;{n} beyond the limit&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#b23a48&apos;&gt;&lt;b&gt;Belum pernah dicadangkan.&lt;/b&gt; Buka tab 8 Arsip.&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#b23a48&apos;&gt;&lt;b&gt;Never backed up.&lt;/b&gt; Open tab 8 Archive.&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#b23a48&apos;&gt;&lt;b&gt;Cadangan terverifikasi terakhir: {days} hari yang lalu&lt;/b&gt; (batas {limit} hari). Buat cadangan di tab 8 Arsip.&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#b23a48&apos;&gt;&lt;b&gt;Last verified backup: {days} day(s) ago&lt;/b&gt; (limit {limit} days). Make a backup in tab 8 Archive.&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Cadangan terverifikasi terakhir: {days} hari yang lalu.</source>
        <translation>Last verified backup: {days} day(s) ago.</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Buku kerja Excel (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>Simpan Laporan Pelaksanaan</source>
        <translation>Save implementation report</translation>
    </message>
    <message>
        <source>Laporan Pelaksanaan</source>
        <translation>Implementation report</translation>
    </message>
    <message>
        <source>Laporan Pelaksanaan disimpan: {file}</source>
        <translation>Implementation report saved: {file}</translation>
    </message>
</context>
<context>
    <name>DataGrid</name>
    <message>
        <source>Salin</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>Tempel</source>
        <translation>Paste</translation>
    </message>
    <message>
        <source>Kosongkan Sel</source>
        <translation>Clear cells</translation>
    </message>
    <message>
        <source>Sisipkan Baris</source>
        <translation>Insert row</translation>
    </message>
    <message>
        <source>Hapus Baris</source>
        <translation>Remove row</translation>
    </message>
    <message>
        <source>Urungkan</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Ulangi</source>
        <translation>Redo</translation>
    </message>
    <message>
        <source>Tambah Baris</source>
        <translation>Add row</translation>
    </message>
    <message>
        <source>{count} kolom di luar tabel diabaikan.</source>
        <translation>{count} column(s) beyond the table ignored.</translation>
    </message>
    <message>
        <source>“{text}” tidak terbaca sebagai {type}. Tulis angka seperti 1.234.567 atau 12,5.</source>
        <translation>“{text}” cannot be read as {type}. Write numbers like 1.234.567 or 12,5.</translation>
    </message>
    <message>
        <source>Ubah Sel</source>
        <translation>Edit cell</translation>
    </message>
    <message>
        <source>{name}
Jenis: {type}</source>
        <translation>{name}
Type: {type}</translation>
    </message>
    <message>
        <source>Satuan: {unit}</source>
        <translation>Unit: {unit}</translation>
    </message>
</context>
<context>
    <name>DatabaseBox</name>
    <message>
        <source>Basis data (komputer ini)</source>
        <translation>Database (this computer)</translation>
    </message>
    <message>
        <source>Lokal (satu PC)</source>
        <translation>Local (one PC)</translation>
    </message>
    <message>
        <source>Server kantor</source>
        <translation>Office server</translation>
    </message>
    <message>
        <source>nama atau alamat IP PC server, mis. 192.168.1.10</source>
        <translation>name or IP address of the server PC, e.g. 192.168.1.10</translation>
    </message>
    <message>
        <source>Simpan kata sandi di brankas kata sandi sistem</source>
        <translation>Keep the password in the system&apos;s password vault</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Basis data</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>Pengguna</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Kata sandi</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>SSL</source>
        <translation>SSL</translation>
    </message>
    <message>
        <source>Uji Koneksi</source>
        <translation>Test Connection</translation>
    </message>
    <message>
        <source>Simpan Pilihan</source>
        <translation>Save Choice</translation>
    </message>
    <message>
        <source>Pindahkan Data Kantor ke Server…</source>
        <translation>Move the Office&apos;s Data to the Server…</translation>
    </message>
    <message>
        <source>Berkas: {path}</source>
        <translation>File: {path}</translation>
    </message>
    <message>
        <source>Dipakai sekarang: {db}</source>
        <translation>In use now: {db}</translation>
    </message>
    <message>
        <source>berisi kantor PADI</source>
        <translation>holds a PADI office</translation>
    </message>
    <message>
        <source>kosong, siap diisi data kantor</source>
        <translation>empty, ready for the office&apos;s data</translation>
    </message>
    <message>
        <source>berisi data lain (bukan PADI) dan tidak akan dipakai</source>
        <translation>holds other data (not PADI) and will not be used</translation>
    </message>
    <message>
        <source>Koneksi berhasil: PostgreSQL {version}; basis data {kind}.</source>
        <translation>Connection works: PostgreSQL {version}; the database {kind}.</translation>
    </message>
    <message>
        <source>Peringatan: pengguna ini superuser; pakai peran aplikasi tanpa hak superuser (lihat README).</source>
        <translation>Warning: this user is a superuser; use an application role without superuser rights (see the README).</translation>
    </message>
    <message>
        <source>Pilihan disimpan; berlaku saat PADI dibuka kembali.</source>
        <translation>Choice saved; it takes effect when PADI is opened again.</translation>
    </message>
    <message>
        <source>Kata sandi disimpan di brankas kata sandi sistem.</source>
        <translation>The password was kept in the system&apos;s password vault.</translation>
    </message>
    <message>
        <source>Brankas kata sandi sistem tidak tersedia; isi PADI_DB_PASSWORD.</source>
        <translation>The system&apos;s password vault is not available; set PADI_DB_PASSWORD.</translation>
    </message>
    <message>
        <source>Salin seluruh data kantor dari basis data ini ke server {target}? Basis data ini tidak diubah. Server harus kosong; salinannya diperiksa (jumlah baris, sidik isi, rantai catatan aktivitas) sebelum dinyatakan berhasil.</source>
        <translation>Copy all of the office&apos;s data from this database to the server {target}? This database is not changed. The server must be empty; the copy is checked (row counts, content fingerprints, the activity log&apos;s chain) before it is declared a success.</translation>
    </message>
    <message>
        <source>Pindahkan Data Kantor</source>
        <translation>Move the Office&apos;s Data</translation>
    </message>
    <message>
        <source>Menyalin data kantor ke server …</source>
        <translation>Copying the office&apos;s data to the server …</translation>
    </message>
    <message>
        <source>Data kantor dipindahkan dan diperiksa: {rows} baris, {log} entri catatan aktivitas. PADI memakai server ini saat dibuka kembali; berkas lokal tetap ada sebagai arsip.</source>
        <translation>The office&apos;s data was moved and checked: {rows} rows, {log} activity log entries. PADI uses this server when it is opened again; the local file stays as an archive.</translation>
    </message>
</context>
<context>
    <name>DatasetTab</name>
    <message>
        <source>{name} (revisi {n})</source>
        <translation>{name} (revision {n})</translation>
    </message>
    <message>
        <source>Kelompok: {group} · Satuan: {unit} · Periode: {period}</source>
        <translation>Group: {group} · Unit: {unit} · Period: {period}</translation>
    </message>
    <message>
        <source>Sumber: {source} · Penyusun: {author} · {rows} baris</source>
        <translation>Source: {source} · Author: {author} · {rows} row(s)</translation>
    </message>
    <message>
        <source>Ditarik dari Katalog Data.</source>
        <translation>Withdrawn from the data catalogue.</translation>
    </message>
    <message>
        <source>Data sudah direvisi: keluaran yang dibuat dari revisi sebelumnya perlu diperbarui (tab 3 Pengolahan, Perbarui Keluaran).</source>
        <translation>Data revised: outputs made from an earlier revision need an update (tab 3 Processing, Update outputs).</translation>
    </message>
    <message>
        <source>Data contoh (bukan data resmi).</source>
        <translation>Sample data (not official data).</translation>
    </message>
    <message>
        <source>Revisi {n}</source>
        <translation>Revision {n}</translation>
    </message>
    <message>
        <source>; revisi {served} tetap tampil di Katalog Data dan publikasi sampai revisi {n} tervalidasi.</source>
        <translation>; revision {served} stays in the data catalogue and publications until revision {n} is validated.</translation>
    </message>
    <message>
        <source>Perubahan Antar-Revisi</source>
        <translation>Changes between revisions</translation>
    </message>
    <message>
        <source>Kumpulan Data ini baru memiliki satu revisi.</source>
        <translation>This dataset has only one revision.</translation>
    </message>
    <message>
        <source>Buat Revisi</source>
        <translation>New revision</translation>
    </message>
    <message>
        <source>Data yang sudah tervalidasi tidak diubah di tempat: revisi baru dibuat sebagai draf salinannya, dan revisi sekarang tetap tampil di Katalog Data sampai revisi baru tervalidasi.

Alasan revisi &apos;{name}&apos;:</source>
        <translation>Validated data is never edited in place: a new revision is made as a draft copy of it, and the current revision stays in the data catalogue until the new one is validated.

Reason for revising &apos;{name}&apos;:</translation>
    </message>
    <message>
        <source>Revisi baru dibuat sebagai draf di tab 1 Persiapan.</source>
        <translation>New revision made as a draft in tab 1 Preparation.</translation>
    </message>
</context>
<context>
    <name>DelegationDialog</name>
    <message>
        <source>Tunjuk Plt. Kepala Dinas</source>
        <translation>Appoint acting head</translation>
    </message>
    <message>
        <source>Pegawai</source>
        <translation>Employee</translation>
    </message>
    <message>
        <source>Mulai</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Sampai</source>
        <translation>Until</translation>
    </message>
</context>
<context>
    <name>DistributionDialog</name>
    <message>
        <source>Cetak</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>Situs web</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Papan pengumuman</source>
        <translation>Notice board</translation>
    </message>
    <message>
        <source>Media sosial</source>
        <translation>Social media</translation>
    </message>
    <message>
        <source>Dikirim ke</source>
        <translation>Sent to</translation>
    </message>
    <message>
        <source>Catat Distribusi — {title}</source>
        <translation>Record distribution — {title}</translation>
    </message>
    <message>
        <source>contoh: Bappeda Kota Tebing Tinggi</source>
        <translation>e.g. Bappeda Kota Tebing Tinggi</translation>
    </message>
    <message>
        <source>Saluran</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Jumlah eksemplar</source>
        <translation>Number of copies</translation>
    </message>
    <message>
        <source>Alamat tautan</source>
        <translation>Link address</translation>
    </message>
    <message>
        <source>Dikirim kepada</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <source>Keterangan</source>
        <translation>Description</translation>
    </message>
</context>
<context>
    <name>Findings</name>
    <message>
        <source>Garis dasar kedua pada entri #{entry} ditolak: status sudah diikat ke log sebelumnya.</source>
        <translation>A second baseline at entry #{entry} is refused: states were already bound to the log before it.</translation>
    </message>
    <message>
        <source>(sebelum entri #{entry})</source>
        <translation>(before entry #{entry})</translation>
    </message>
    <message>
        <source>Baris Kumpulan Data &apos;{name}&apos; berubah setelah divalidasi.</source>
        <translation>Rows of dataset &apos;{name}&apos; changed after it was validated.</translation>
    </message>
    <message>
        <source>Isi Publikasi #{id} versi {v} tidak cocok dengan hash isinya.</source>
        <translation>The content of publication #{id} version {v} does not match its content hash.</translation>
    </message>
    <message>
        <source>Peran pengguna &apos;{name}&apos; = {actual} tidak tercatat di log.</source>
        <translation>Role of user &apos;{name}&apos; = {actual} is not recorded in the log.</translation>
    </message>
    <message>
        <source>Hak administrator pengguna &apos;{name}&apos; tidak tercatat di log.</source>
        <translation>The administrator right of user &apos;{name}&apos; is not recorded in the log.</translation>
    </message>
    <message>
        <source>Kata sandi pengguna &apos;{name}&apos; diganti tanpa catatan di log.</source>
        <translation>The password of user &apos;{name}&apos; was replaced without a log entry.</translation>
    </message>
    <message>
        <source>Status aktif pengguna &apos;{name}&apos; tidak tercatat di log.</source>
        <translation>Whether user &apos;{name}&apos; is active is not recorded in the log.</translation>
    </message>
    <message>
        <source>Nama pengguna &apos;{name}&apos; tidak tercatat di log.</source>
        <translation>User name &apos;{name}&apos; is not recorded in the log.</translation>
    </message>
    <message>
        <source>Nama lengkap pengguna &apos;{name}&apos; diubah tanpa catatan di log.</source>
        <translation>The full name of user &apos;{name}&apos; was changed without a log entry.</translation>
    </message>
    <message>
        <source>Kumpulan Data &apos;{name}&apos; berstatus {state} tanpa catatan di log.</source>
        <translation>Dataset &apos;{name}&apos; is {state} without a log entry.</translation>
    </message>
    <message>
        <source>Kumpulan Data &apos;{name}&apos; diubah tanpa catatan di log.</source>
        <translation>Dataset &apos;{name}&apos; was changed without a log entry.</translation>
    </message>
    <message>
        <source>persetujuan</source>
        <translation>approval</translation>
    </message>
    <message>
        <source>penerbitan</source>
        <translation>publishing</translation>
    </message>
    <message>
        <source>pengajuan</source>
        <translation>submission</translation>
    </message>
    <message>
        <source>pengembalian</source>
        <translation>return</translation>
    </message>
    <message>
        <source>perbaikan</source>
        <translation>revision</translation>
    </message>
    <message>
        <source>perubahan</source>
        <translation>change</translation>
    </message>
    <message>
        <source>Publikasi #{id} berstatus {state} tanpa catatan {event} di log.</source>
        <translation>Publication #{id} is {state} without a log entry of its {event}.</translation>
    </message>
    <message>
        <source>Keputusan atas Publikasi #{id} tidak tercatat di log.</source>
        <translation>A decision on publication #{id} is not recorded in the log.</translation>
    </message>
    <message>
        <source>Isi Publikasi #{id} versi {v} berubah setelah dicatat di log.</source>
        <translation>The content of publication #{id} version {v} changed after it was logged.</translation>
    </message>
    <message>
        <source>Publikasi #{id} diubah tanpa catatan di log.</source>
        <translation>Publication #{id} was changed without a log entry.</translation>
    </message>
    <message>
        <source>Matriks izin diubah tanpa catatan di log.</source>
        <translation>The permission matrix was changed without a log entry.</translation>
    </message>
    <message>
        <source>Daftar pengguna yang wajib mengganti kata sandi diubah tanpa catatan di log.</source>
        <translation>The list of users who must change their password was changed without a log entry.</translation>
    </message>
    <message>
        <source>Penunjukan Plt. #{id} tidak tercatat di log.</source>
        <translation>Acting head appointment #{id} is not recorded in the log.</translation>
    </message>
    <message>
        <source>Pengguna &apos;{name}&apos;</source>
        <translation>User &apos;{name}&apos;</translation>
    </message>
    <message>
        <source>Kumpulan Data &apos;{name}&apos;</source>
        <translation>Dataset &apos;{name}&apos;</translation>
    </message>
    <message>
        <source>Publikasi #{id}</source>
        <translation>Publication #{id}</translation>
    </message>
    <message>
        <source>Penunjukan Plt. #{id}</source>
        <translation>Acting head appointment #{id}</translation>
    </message>
    <message>
        <source>Matriks izin</source>
        <translation>The permission matrix</translation>
    </message>
    <message>
        <source>Daftar pengguna yang wajib mengganti kata sandi</source>
        <translation>The list of users who must change their password</translation>
    </message>
    <message>
        <source>{subject} tidak tercatat di log.</source>
        <translation>{subject} is not recorded in the log.</translation>
    </message>
    <message>
        <source>{subject} hilang dari basis data tanpa catatan di log.</source>
        <translation>{subject} is missing from the database without a log entry.</translation>
    </message>
    <message>
        <source>kunci baris sama dengan baris {row}</source>
        <translation>same row key as row {row}</translation>
    </message>
    <message>
        <source>jumlah tidak sama dengan penjumlahan bagian-bagiannya (seharusnya {value})</source>
        <translation>total is not the sum of its parts (should be {value})</translation>
    </message>
    <message>
        <source>subtotal “{label}” (baris {source} berkas sumber) tertulis {stated}, penjumlahan baris {first}–{last} = {expected}</source>
        <translation>subtotal “{label}” (source file row {source}) states {stated}, rows {first}–{last} add up to {expected}</translation>
    </message>
    <message>
        <source>baris-baris yang dijumlahkan subtotal “{label}” (baris {source} berkas sumber) tidak ada lagi</source>
        <translation>the rows summed by subtotal “{label}” (source file row {source}) are no longer there</translation>
    </message>
    <message>
        <source>data periode {period} tidak ada</source>
        <translation>no data for period {period}</translation>
    </message>
    <message>
        <source>data {count} periode lain juga tidak ada</source>
        <translation>no data for {count} more periods either</translation>
    </message>
    <message>
        <source>perubahan dari periode sebelumnya melebihi ambang batas ({change})</source>
        <translation>change from the previous period exceeds the threshold ({change})</translation>
    </message>
    <message>
        <source>perubahan dibanding edisi sebelumnya melebihi ambang batas ({change})</source>
        <translation>change against the previous edition exceeds the threshold ({change})</translation>
    </message>
    <message>
        <source>kosong</source>
        <translation>empty</translation>
    </message>
    <message>
        <source>bukan angka</source>
        <translation>not a number</translation>
    </message>
    <message>
        <source>bukan bilangan bulat</source>
        <translation>not a whole number</translation>
    </message>
    <message>
        <source>persen di luar 0–100</source>
        <translation>percentage outside 0–100</translation>
    </message>
    <message>
        <source>bernilai negatif</source>
        <translation>negative value</translation>
    </message>
    <message>
        <source>periode tidak dikenal (contoh: 2025-01, 2025-Q1, 2025-S1)</source>
        <translation>unknown period (examples: 2025-01, 2025-Q1, 2025-S1)</translation>
    </message>
    <message>
        <source>tanggal tidak dikenal (contoh: 2025-03-12)</source>
        <translation>unknown date (example: 2025-03-12)</translation>
    </message>
    <message>
        <source>kode tidak ada dalam daftar kode</source>
        <translation>code not in the code list</translation>
    </message>
    <message>
        <source>baris ganda</source>
        <translation>duplicate row</translation>
    </message>
    <message>
        <source>Kumpulan Data belum berisi baris</source>
        <translation>Dataset has no rows yet</translation>
    </message>
    <message>
        <source>kunci baris ganda</source>
        <translation>repeated row key</translation>
    </message>
    <message>
        <source>jumlah tidak sama dengan penjumlahan bagian-bagiannya</source>
        <translation>total is not the sum of its parts</translation>
    </message>
    <message>
        <source>data suatu periode tidak ada</source>
        <translation>no data for a period</translation>
    </message>
    <message>
        <source>data periode lain juga tidak ada</source>
        <translation>no data for other periods either</translation>
    </message>
    <message>
        <source>perubahan antarperiode melebihi ambang batas</source>
        <translation>change between periods exceeds the threshold</translation>
    </message>
    <message>
        <source>subtotal berkas sumber tidak sama dengan penjumlahan baris-barisnya</source>
        <translation>a subtotal of the source file does not equal the sum of its rows</translation>
    </message>
    <message>
        <source>baris-baris yang dijumlahkan subtotal berkas sumber tidak ada lagi</source>
        <translation>the rows summed by a subtotal of the source file are no longer there</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>Panduan Pengguna</source>
        <translation>User Guide</translation>
    </message>
    <message>
        <source>Buat Panduan Lengkap</source>
        <translation>Make Full Guide</translation>
    </message>
    <message>
        <source>Mengambil gambar layar dari program pada data demo, lalu membuat PDF panduan (± 1 menit)</source>
        <translation>Takes screenshots of the program on the demo data, then makes the guide PDF (about 1 minute)</translation>
    </message>
    <message>
        <source>Simpan sebagai PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <source>Cetak…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Panduan ini ditampilkan tanpa gambar layar karena berkas panduan lengkap belum ada.</source>
        <translation>This guide is shown without screenshots because the full guide file does not exist yet.</translation>
    </message>
    <message>
        <source>Membuat panduan lengkap dengan gambar layar …</source>
        <translation>Making the full guide with screenshots …</translation>
    </message>
    <message>
        <source>Panduan lengkap tidak dapat dibuat. Panduan tanpa gambar layar tetap dapat dibaca, disimpan dan dicetak.</source>
        <translation>The full guide could not be made. The guide without screenshots can still be read, saved and printed.</translation>
    </message>
    <message>
        <source>Simpan Panduan Pengguna</source>
        <translation>Save User Guide</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Berkas tidak dapat disimpan di folder itu. Pilih folder lain.</source>
        <translation>The file cannot be saved in that folder. Choose another folder.</translation>
    </message>
    <message>
        <source>Panduan disimpan: {path}</source>
        <translation>Guide saved: {path}</translation>
    </message>
</context>
<context>
    <name>IdleLock</name>
    <message>
        <source>&lt;b&gt;PADI terkunci&lt;/b&gt;</source>
        <translation>&lt;b&gt;PADI is locked&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Kata sandi</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Buka Kunci</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <source>Ganti Pengguna</source>
        <translation>Switch user</translation>
    </message>
    <message>
        <source>Layar dikunci karena tidak ada kegiatan. Masukkan kata sandi {name} untuk melanjutkan; pekerjaan yang belum disimpan tetap ada.</source>
        <translation>The screen was locked because of inactivity. Enter the password of {name} to continue; unsaved work is still there.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>bukan angka</source>
        <translation>not a number</translation>
    </message>
    <message>
        <source>bukan bilangan bulat</source>
        <translation>not a whole number</translation>
    </message>
    <message>
        <source>tanggal tidak dikenali</source>
        <translation>date not recognised</translation>
    </message>
    <message>
        <source>periode tidak dikenali</source>
        <translation>period not recognised</translation>
    </message>
    <message>
        <source>sel berisi galat rumus Excel</source>
        <translation>cell holds an Excel formula error</translation>
    </message>
    <message>
        <source>baris jumlah/total dilewati</source>
        <translation>total row left out</translation>
    </message>
    <message>
        <source>baris kosong dibuang</source>
        <translation>blank rows dropped</translation>
    </message>
    <message>
        <source>kolom kosong dibuang</source>
        <translation>blank columns dropped</translation>
    </message>
    <message>
        <source>baris judul di atas tabel dilewati</source>
        <translation>title rows above the table left out</translation>
    </message>
    <message>
        <source>judul kolom dua baris digabung</source>
        <translation>two-row column headers joined</translation>
    </message>
    <message>
        <source>lembar tersembunyi dilewati</source>
        <translation>hidden sheet skipped</translation>
    </message>
    <message>
        <source>lembar tersembunyi dipilih</source>
        <translation>hidden sheet chosen</translation>
    </message>
    <message>
        <source>lembar kosong dilewati</source>
        <translation>empty sheet skipped</translation>
    </message>
    <message>
        <source>baris nomor kolom (1, 2, 3, …) dilewati</source>
        <translation>column-number row (1, 2, 3, …) left out</translation>
    </message>
    <message>
        <source>baris tanda tangan di bawah tabel dilewati</source>
        <translation>signature rows under the table left out</translation>
    </message>
    <message>
        <source>kolom tanpa judul diberi nama</source>
        <translation>column without a header given a name</translation>
    </message>
    <message>
        <source>judul kolom kembar diberi nomor</source>
        <translation>duplicate column headers numbered</translation>
    </message>
    <message>
        <source>persen Excel (0,155) diubah menjadi 15,5</source>
        <translation>Excel percentages (0.155) turned into 15.5</translation>
    </message>
    <message>
        <source>nomor tanggal Excel diubah menjadi tanggal</source>
        <translation>Excel date numbers turned into dates</translation>
    </message>
    <message>
        <source>pengodean teks CSV</source>
        <translation>CSV text encoding</translation>
    </message>
    <message>
        <source>pemisah kolom CSV</source>
        <translation>CSV column separator</translation>
    </message>
    <message>
        <source>baris subtotal disimpan untuk diperiksa pada langkah 2</source>
        <translation>subtotal rows kept to be checked in step 2</translation>
    </message>
    <message>
        <source>baris yang dijumlahkan subtotal tidak ditemukan</source>
        <translation>the rows summed by a subtotal were not found</translation>
    </message>
    <message>
        <source>kolom periode diubah menjadi baris</source>
        <translation>period columns turned into rows</translation>
    </message>
    <message>
        <source>kolom jumlah di seberang periode diperiksa lalu dilewati; baris tidak sesuai</source>
        <translation>total column across the periods checked, then left out; rows not matching</translation>
    </message>
    <message>
        <source>kolom periode yang kosong seluruhnya dilewati</source>
        <translation>period columns that are entirely empty left out</translation>
    </message>
    <message>
        <source>tanda desimal belum jelas; pilih di &apos;Cara baca angka&apos;</source>
        <translation>decimal mark not clear; choose it under &apos;How numbers are read&apos;</translation>
    </message>
    <message>
        <source>tanda tak terlihat (lebar nol, arah teks) dibuang dari sel</source>
        <translation>invisible marks (zero-width, text direction) removed from cells</translation>
    </message>
    <message>
        <source>dihitung dari rumus</source>
        <translation>computed from the formula</translation>
    </message>
    <message>
        <source>kolom dan tipenya dari ekspor JSON PADI</source>
        <translation>columns and their types from a PADI JSON export</translation>
    </message>
    <message>
        <source>daftar objek JSON: kunci menjadi kolom</source>
        <translation>list of JSON objects: the keys become columns</translation>
    </message>
    <message>
        <source>rumus tidak dapat dihitung; isi nilainya atau lewati barisnya</source>
        <translation>formula cannot be computed; type its value or skip the row</translation>
    </message>
    <message>
        <source>baris {row}</source>
        <translation>row {row}</translation>
    </message>
    <message>
        <source>kolom {column}</source>
        <translation>column {column}</translation>
    </message>
    <message>
        <source>subtotal “{label}” tertulis {stated}, penjumlahan baris {first}–{last} = {expected}</source>
        <translation>subtotal “{label}” states {stated}, rows {first}–{last} add up to {expected}</translation>
    </message>
    <message>
        <source>jumlah tertulis {stated}, penjumlahan kolom periodenya {expected}</source>
        <translation>total states {stated}, its period columns add up to {expected}</translation>
    </message>
    <message>
        <source>koma = desimal, titik = pemisah ribuan</source>
        <translation>comma = decimal, dot = thousands separator</translation>
    </message>
    <message>
        <source>titik = desimal, koma = pemisah ribuan</source>
        <translation>dot = decimal, comma = thousands separator</translation>
    </message>
    <message>
        <source>belum jelas ({example}): pilih tanda desimal</source>
        <translation>not clear ({example}): choose the decimal mark</translation>
    </message>
    <message>
        <source>{rule}: kolom ini memuat {example}</source>
        <translation>{rule}: this column holds {example}</translation>
    </message>
    <message>
        <source>titik = pemisah ribuan: berkas memakai koma desimal</source>
        <translation>dot = thousands separator: the file uses decimal commas</translation>
    </message>
    <message>
        <source>koma = pemisah ribuan: berkas memakai titik desimal</source>
        <translation>comma = thousands separator: the file uses decimal dots</translation>
    </message>
    <message>
        <source>titik = pemisah ribuan: CSV berpemisah titik koma memakai koma desimal</source>
        <translation>dot = thousands separator: a semicolon CSV uses decimal commas</translation>
    </message>
    <message>
        <source>{rule} (dipilih)</source>
        <translation>{rule} (chosen)</translation>
    </message>
    <message>
        <source>Impor Lembar Kerja — {name}</source>
        <translation>Import workbook — {name}</translation>
    </message>
    <message>
        <source>Baca Ulang</source>
        <translation>Read again</translation>
    </message>
    <message>
        <source>Lembar</source>
        <translation>Sheet</translation>
    </message>
    <message>
        <source>Baris judul kolom</source>
        <translation>Header row</translation>
    </message>
    <message>
        <source>Ubah kolom periode menjadi baris</source>
        <translation>Turn period columns into rows</translation>
    </message>
    <message>
        <source>Kolom bulan, triwulan, semester atau tahun menjadi satu kolom periode dan satu kolom nilai; kolom jumlah di seberang periode diperiksa lalu dilewati.</source>
        <translation>Month, quarter, semester or year columns become one period column and one value column; a total column across the periods is checked, then left out.</translation>
    </message>
    <message>
        <source>Tahun</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>(isi tahun)</source>
        <translation>(enter year)</translation>
    </message>
    <message>
        <source>Tahun kolom periode yang judulnya tanpa tahun (Jan, TW I, …)</source>
        <translation>Year of the period columns whose headings have none (Jan, Q1, …)</translation>
    </message>
    <message>
        <source>Kolom</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>Tipe</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Cara baca angka</source>
        <translation>How numbers are read</translation>
    </message>
    <message>
        <source>Simpan ke</source>
        <translation>Save to</translation>
    </message>
    <message>
        <source>Kumpulan Data baru</source>
        <translation>New dataset</translation>
    </message>
    <message>
        <source>Tambahkan ke draf</source>
        <translation>Add to draft</translation>
    </message>
    <message>
        <source>Lewati baris yang masih bermasalah (dicatat)</source>
        <translation>Skip rows that still have problems (logged)</translation>
    </message>
    <message>
        <source>Impor</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Tipe kolom (dapat diubah)</source>
        <translation>Column types (can be changed)</translation>
    </message>
    <message>
        <source>Masalah dan catatan (klik dua kali untuk ke sel)</source>
        <translation>Problems and notes (double-click to go to the cell)</translation>
    </message>
    <message>
        <source>{count} kolom periode menjadi kolom “{period}” dan “{value}”.</source>
        <translation>{count} period columns became the columns “{period}” and “{value}”.</translation>
    </message>
    <message>
        <source>Kolom periode dikenali: {names}</source>
        <translation>Period columns recognised: {names}</translation>
    </message>
    <message>
        <source>{rows} baris siap diimpor ke {columns} kolom.</source>
        <translation>{rows} row(s) ready to import into {columns} column(s).</translation>
    </message>
    <message>
        <source>{bad} baris masih berisi sel yang tidak sesuai tipenya: perbaiki selnya atau centang &apos;Lewati&apos;.</source>
        <translation>{bad} row(s) still hold cells that do not fit their type: fix the cells or tick &apos;Skip&apos;.</translation>
    </message>
    <message>
        <source>Tanda desimal kolom {columns} belum jelas: pilih di &apos;Cara baca angka&apos;.</source>
        <translation>The decimal mark of column {columns} is not clear: choose it under &apos;How numbers are read&apos;.</translation>
    </message>
    <message>
        <source>Angka di kolom &apos;{column}&apos; dapat dibaca dua cara. Pilih tanda desimalnya di &apos;Cara baca angka&apos;.</source>
        <translation>The numbers in column &apos;{column}&apos; can be read two ways. Choose its decimal mark under &apos;How numbers are read&apos;.</translation>
    </message>
    <message>
        <source>Masih ada sel yang tidak sesuai tipenya. Perbaiki selnya, atau centang &apos;Lewati baris yang masih bermasalah&apos;.</source>
        <translation>Some cells still do not fit their type. Fix them, or tick &apos;Skip rows that still have problems&apos;.</translation>
    </message>
</context>
<context>
    <name>InfoBoard</name>
    <message>
        <source>{what} seluruhnya</source>
        <translation>{what}, overall</translation>
    </message>
    <message>
        <source>Mode Papan Informasi</source>
        <translation>Info-board mode</translation>
    </message>
    <message>
        <source>Belum ada Keluaran yang dipilih.</source>
        <translation>No outputs chosen.</translation>
    </message>
    <message>
        <source>Telp. {phone} · Faks. {fax} · E-mail: {email}</source>
        <translation>Phone {phone} · Fax {fax} · E-mail: {email}</translation>
    </message>
    <message>
        <source>{n} / {total}  ·  → berikutnya, ← sebelumnya, Esc keluar</source>
        <translation>{n} / {total}  ·  → next, ← previous, Esc to leave</translation>
    </message>
</context>
<context>
    <name>InfoBoardDialog</name>
    <message>
        <source>Mode Papan Informasi</source>
        <translation>Info-board mode</translation>
    </message>
    <message>
        <source> detik</source>
        <translation> seconds</translation>
    </message>
    <message>
        <source>Ganti slide setiap:</source>
        <translation>Change slide every:</translation>
    </message>
    <message>
        <source>Keluaran yang ditampilkan (grafik dan angka kunci):</source>
        <translation>Outputs to show (charts and key figures):</translation>
    </message>
    <message>
        <source>Tombol → atau Spasi: berikutnya · ←: sebelumnya · Esc: keluar</source>
        <translation>→ or Space: next · ←: previous · Esc: leave</translation>
    </message>
</context>
<context>
    <name>Jobs</name>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Kepala Dinas</source>
        <translation>Head of office</translation>
    </message>
    <message>
        <source>Sekretaris</source>
        <translation>Secretary</translation>
    </message>
    <message>
        <source>Kasubag Program</source>
        <translation>Programme sub-section head</translation>
    </message>
    <message>
        <source>Staf</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>Persiapan</source>
        <translation>Preparation</translation>
    </message>
    <message>
        <source>Validasi</source>
        <translation>Validation</translation>
    </message>
    <message>
        <source>Pengolahan</source>
        <translation>Processing</translation>
    </message>
    <message>
        <source>Penyajian</source>
        <translation>Presentation</translation>
    </message>
    <message>
        <source>Pengajuan</source>
        <translation>Submission</translation>
    </message>
    <message>
        <source>Persetujuan</source>
        <translation>Approval</translation>
    </message>
    <message>
        <source>Publikasi</source>
        <translation>Publication</translation>
    </message>
    <message>
        <source>Arsip</source>
        <translation>Archive</translation>
    </message>
    <message>
        <source>Jumlah</source>
        <translation>Sum</translation>
    </message>
    <message>
        <source>Banyaknya</source>
        <translation>Count</translation>
    </message>
    <message>
        <source>Rata-rata</source>
        <translation>Average</translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation>Minimum</translation>
    </message>
    <message>
        <source>Maksimum</source>
        <translation>Maximum</translation>
    </message>
    <message>
        <source>Persentase dari total</source>
        <translation>Share of the total</translation>
    </message>
    <message>
        <source>Telepon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Surat</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <source>Rapat/tatap muka</source>
        <translation>Meeting/in person</translation>
    </message>
    <message>
        <source>Menunggu jawaban</source>
        <translation>Awaiting an answer</translation>
    </message>
    <message>
        <source>1 hari kerja</source>
        <translation>1 working day</translation>
    </message>
    <message>
        <source>1 hari</source>
        <translation>1 day</translation>
    </message>
    <message>
        <source>{n} hari kerja</source>
        <translation>{n} working days</translation>
    </message>
    <message>
        <source>{n} hari</source>
        <translation>{n} days</translation>
    </message>
    <message>
        <source>{n} jam</source>
        <translation>{n} h</translation>
    </message>
    <message>
        <source>{n} mnt</source>
        <translation>{n} min</translation>
    </message>
    <message>
        <source>{spent} / {std} waktu tempuh</source>
        <translation>{spent} / {std} lead time</translation>
    </message>
    <message>
        <source>– / {std} (tanpa catatan mulai)</source>
        <translation>– / {std} (no start record)</translation>
    </message>
    <message>
        <source>Sesuai</source>
        <translation>Confirmed</translation>
    </message>
    <message>
        <source>Diperbaiki sesuai sumber</source>
        <translation>Corrected from the source</translation>
    </message>
</context>
<context>
    <name>LetterDialog</name>
    <message>
        <source>Surat Permohonan Konfirmasi</source>
        <translation>Confirmation request letter</translation>
    </message>
    <message>
        <source>Kumpulan Data: {name}</source>
        <translation>Dataset: {name}</translation>
    </message>
    <message>
        <source>Nomor berikutnya dari register surat; format nomor diatur di Pengaturan.</source>
        <translation>The next number of the letter register; the number format is set in Settings.</translation>
    </message>
    <message>
        <source>contoh: Kepala Bidang Pelayanan Perizinan</source>
        <translation>e.g. Kepala Bidang Pelayanan Perizinan</translation>
    </message>
    <message>
        <source>Tempat</source>
        <translation>Tempat</translation>
    </message>
    <message>
        <source>Nomor surat:</source>
        <translation>Letter number:</translation>
    </message>
    <message>
        <source>Ditandatangani:</source>
        <translation>Signed by:</translation>
    </message>
    <message>
        <source>Kepada Yth.:</source>
        <translation>To (Kepada Yth.):</translation>
    </message>
    <message>
        <source>di:</source>
        <translation>At (di):</translation>
    </message>
</context>
<context>
    <name>LetterRegister</name>
    <message>
        <source>Nomor dan register surat keluar</source>
        <translation>Letter numbers and register of outgoing letters</translation>
    </message>
    <message>
        <source>Simpan Format</source>
        <translation>Save format</translation>
    </message>
    <message>
        <source>Format nomor surat</source>
        <translation>Letter number format</translation>
    </message>
    <message>
        <source>Nomor</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Perihal (Kumpulan Data)</source>
        <translation>Subject (dataset)</translation>
    </message>
    <message>
        <source>Kepada</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Penanda tangan</source>
        <translation>Signed by</translation>
    </message>
    <message>
        <source>{nomor} nomor urut per tahun (4 angka), {tahun} tahun, {bulan} bulan (angka Romawi), {kantor} singkatan kantor. Surat berikutnya: {next}.</source>
        <translation>{nomor} running number per year (4 digits), {tahun} year, {bulan} month (Roman numerals), {kantor} office short name. Next letter: {next}.</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Membuka basis data…</source>
        <translation>Opening the database…</translation>
    </message>
    <message>
        <source>Mode demo — akun: {users}; kata sandi: padi-demo</source>
        <translation>Demo mode — accounts: {users}; password: padi-demo</translation>
    </message>
    <message>
        <source>Kata sandi yang diatur ulang administrator harus diganti sebelum bekerja.</source>
        <translation>A password reset by an administrator must be changed before you can work.</translation>
    </message>
    <message>
        <source>Ganti Kata Sandi</source>
        <translation>Change password</translation>
    </message>
    <message>
        <source>Kata sandi Anda diatur ulang oleh administrator. Pilih kata sandi baru.</source>
        <translation>Your password was reset by an administrator. Choose a new password.</translation>
    </message>
    <message>
        <source>PADI — Masuk</source>
        <translation>PADI — Log in</translation>
    </message>
    <message>
        <source>&lt;b&gt;PADI&lt;/b&gt; — Pengelolaan Data dan Informasi</source>
        <translation>&lt;b&gt;PADI&lt;/b&gt; — Data and Information Management</translation>
    </message>
    <message>
        <source>Nama &amp;pengguna</source>
        <translation>&amp;User name</translation>
    </message>
    <message>
        <source>&amp;Kata sandi</source>
        <translation>&amp;Password</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>PADI — Pengelolaan Data dan Informasi</source>
        <translation>PADI — Data and Information Management</translation>
    </message>
    <message>
        <source>Dasbor</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Catatan Aktivitas</source>
        <translation>Activity log</translation>
    </message>
    <message>
        <source>Pengaturan</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Basis data: {db}</source>
        <translation>Database: {db}</translation>
    </message>
    <message>
        <source>Cari data atau publikasi</source>
        <translation>Search data or publications</translation>
    </message>
    <message>
        <source>&amp;Berkas</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Laporan Pelaksanaan…</source>
        <translation>&amp;Implementation report…</translation>
    </message>
    <message>
        <source>&amp;Muat Ulang</source>
        <translation>&amp;Reload</translation>
    </message>
    <message>
        <source>Keluar &amp;Akun</source>
        <translation>&amp;Log out</translation>
    </message>
    <message>
        <source>Semua tab</source>
        <translation>All tabs</translation>
    </message>
    <message>
        <source>Keluar dari akun ini; jendela Masuk muncul untuk pengguna berikutnya.</source>
        <translation>Log out of this account; the login window appears for the next user.</translation>
    </message>
    <message>
        <source>Mulai &amp;ulang data contoh…</source>
        <translation>Reset &amp;sample data…</translation>
    </message>
    <message>
        <source>&amp;Tutup PADI</source>
        <translation>&amp;Quit PADI</translation>
    </message>
    <message>
        <source>Menutup program PADI.</source>
        <translation>Closes the PADI program.</translation>
    </message>
    <message>
        <source>&amp;Langkah</source>
        <translation>&amp;Steps</translation>
    </message>
    <message>
        <source>Ba&amp;ntuan</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Pan&amp;duan Pengguna</source>
        <translation>User &amp;Guide</translation>
    </message>
    <message>
        <source>&amp;Pintasan Papan Ketik</source>
        <translation>&amp;Keyboard Shortcuts</translation>
    </message>
    <message>
        <source>Tentang PADI</source>
        <translation>About PADI</translation>
    </message>
    <message>
        <source>Cadangan terakhir: {when}</source>
        <translation>Last backup: {when}</translation>
    </message>
    <message>
        <source>Belum ada cadangan</source>
        <translation>No backup yet</translation>
    </message>
    <message>
        <source>Server: terhubung</source>
        <translation>Server: connected</translation>
    </message>
    <message>
        <source>Server basis data tidak terjangkau — mencoba lagi; pekerjaan di layar tetap ada</source>
        <translation>Database server unreachable — retrying; the work on screen is kept</translation>
    </message>
    <message>
        <source>Server basis data terhubung kembali.</source>
        <translation>The database server is connected again.</translation>
    </message>
    <message>
        <source>Kumpulan Data itu sudah tidak ada pada tahap mana pun.</source>
        <translation>That dataset is no longer in any stage.</translation>
    </message>
    <message>
        <source>Publikasi itu tidak ada pada tahap mana pun.</source>
        <translation>That publication is not in any stage.</translation>
    </message>
    <message>
        <source>Mulai ulang data contoh</source>
        <translation>Reset sample data</translation>
    </message>
    <message>
        <source>Ganti basis data contoh dengan data contoh yang baru?

Semua yang dikerjakan di dalamnya hilang: Kumpulan Data dan impor, Keluaran, publikasi, Agenda Kerja, pengguna dan kata sandi yang diubah, catatan cadangan, dan Catatan Aktivitas. Berkas cadangan yang sudah tersimpan di flash disk tidak dihapus.

PADI lalu meminta Anda masuk lagi (kata sandi padi-demo).</source>
        <translation>Replace the demo database with new sample data?

Everything done in it is lost: datasets and imports, outputs, publications, the work agenda, users and changed passwords, backup records and the activity log. Backup files already saved on a flash disk are not deleted.

PADI then asks you to log in again (password padi-demo).</translation>
    </message>
    <message>
        <source>Semua tab dimuat ulang.</source>
        <translation>All tabs reloaded.</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Nama pengguna atau kata sandi salah.</source>
        <extracomment>What an administrator types to restore an archive this office&apos;s activity log does not know.</extracomment>
        <translation>User name or password is incorrect.</translation>
    </message>
    <message>
        <source>Peran Anda tidak diizinkan melakukan tindakan ini.</source>
        <translation>Your role is not allowed to do this.</translation>
    </message>
    <message>
        <source>Tindakan ini tidak dapat dilakukan pada tahap item saat ini.</source>
        <translation>This cannot be done at the item&apos;s current stage.</translation>
    </message>
    <message>
        <source>Anda tidak dapat menyetujui publikasi yang Anda susun atau ajukan sendiri.</source>
        <translation>You cannot approve a publication that you composed or submitted yourself.</translation>
    </message>
    <message>
        <source>Tuliskan minimal satu Catatan Perbaikan sebelum mengembalikan.</source>
        <translation>Write at least one revision note before returning.</translation>
    </message>
    <message>
        <source>Tanggal distribusi tidak boleh setelah hari ini.</source>
        <translation>The distribution date cannot be later than today.</translation>
    </message>
    <message>
        <source>Isi jumlah eksemplar yang dicetak (minimal 1).</source>
        <translation>Enter the number of printed copies (at least 1).</translation>
    </message>
    <message>
        <source>Jumlah eksemplar hanya diisi untuk distribusi cetak.</source>
        <translation>The number of copies is only filled in for print distribution.</translation>
    </message>
    <message>
        <source>Isi alamat tautan lengkap yang diawali http:// atau https://.</source>
        <translation>Enter the full link address starting with http:// or https://.</translation>
    </message>
    <message>
        <source>Isi kepada siapa publikasi dikirim.</source>
        <translation>Enter who the publication was sent to.</translation>
    </message>
    <message>
        <source>Isi e-mail kantor (Pengaturan) atau kontak Kumpulan Data; data.json memerlukannya.</source>
        <translation>Fill in the office e-mail (Settings) or the dataset&apos;s contact; data.json needs one.</translation>
    </message>
    <message>
        <source>Pemeriksaan terakhir masih menemukan kesalahan. Perbaiki data lalu periksa ulang.</source>
        <translation>The last check still found errors. Correct the data, then check again.</translation>
    </message>
    <message>
        <source>Data berubah setelah pemeriksaan terakhir. Jalankan pemeriksaan lagi.</source>
        <translation>The data changed after the last check. Run the checks again.</translation>
    </message>
    <message>
        <source>Catat minimal satu Konfirmasi Data dengan sumbernya terlebih dahulu.</source>
        <translation>Record at least one source confirmation first.</translation>
    </message>
    <message>
        <source>Pemeriksaan terakhir tidak menemukan kesalahan; tidak ada yang perlu diterima.</source>
        <translation>The last check found no errors; there is nothing to accept.</translation>
    </message>
    <message>
        <source>Kolom itu tidak ada dalam Kumpulan Data ini.</source>
        <translation>That column is not in this dataset.</translation>
    </message>
    <message>
        <source>Tanda desimal harus koma (,) atau titik (.).</source>
        <translation>The decimal mark must be a comma (,) or a dot (.).</translation>
    </message>
    <message>
        <source>Ambang perubahan harus lebih dari 0%.</source>
        <translation>The change threshold must be more than 0%.</translation>
    </message>
    <message>
        <source>Tujuan surat (Kepada Yth.) wajib diisi.</source>
        <translation>The addressee (Kepada Yth.) is required.</translation>
    </message>
    <message>
        <source>Surat tidak dapat disimpan di folder itu. Tutup berkas yang sama bila sedang dibuka, atau pilih folder lain.</source>
        <translation>The letter cannot be saved in that folder. Close the same file if it is open, or choose another folder.</translation>
    </message>
    <message>
        <source>Berkas lampiran terlalu besar (maksimal 10 MB).</source>
        <translation>The attached file is too large (at most 10 MB).</translation>
    </message>
    <message>
        <source>Konfirmasi Data ini tidak memiliki lampiran.</source>
        <translation>This source confirmation has no attachment.</translation>
    </message>
    <message>
        <source>Konfirmasi Data itu tidak ditemukan. Muat ulang daftar.</source>
        <translation>That source confirmation was not found. Reload the list.</translation>
    </message>
    <message>
        <source>Nama Kumpulan Data sudah dipakai. Pilih nama lain.</source>
        <translation>That dataset name is already in use. Choose another name.</translation>
    </message>
    <message>
        <source>Nama Kumpulan Data wajib diisi.</source>
        <translation>Dataset name is required.</translation>
    </message>
    <message>
        <source>Setiap kolom harus diberi nama.</source>
        <translation>Every column needs a name.</translation>
    </message>
    <message>
        <source>Rekapitulasi memerlukan paling sedikit dua Kumpulan Data.</source>
        <translation>A recap needs at least two datasets.</translation>
    </message>
    <message>
        <source>Kolom Kumpulan Data yang direkap tidak sama. Rincian menyebut kolom yang berbeda.</source>
        <translation>The columns of the datasets to recap are not the same. The details name the columns that differ.</translation>
    </message>
    <message>
        <source>Sumber data wajib diisi.</source>
        <translation>Data source is required.</translation>
    </message>
    <message>
        <source>Judul wajib diisi.</source>
        <translation>Title is required.</translation>
    </message>
    <message>
        <source>Publikasi harus memiliki minimal satu bagian.</source>
        <translation>A publication needs at least one section.</translation>
    </message>
    <message>
        <source>Gambar harus berupa berkas PNG atau JPEG yang utuh.</source>
        <translation>The image must be a complete PNG or JPEG file.</translation>
    </message>
    <message>
        <source>Gambar terlalu besar (maksimal 2 MB).</source>
        <translation>The image is too large (2 MB at most).</translation>
    </message>
    <message>
        <source>Ukuran kertas tidak sesuai dengan jenis publikasi.</source>
        <translation>The paper size does not suit the publication type.</translation>
    </message>
    <message>
        <source>Format teks bagian tidak dikenali.</source>
        <translation>The section text format is not recognised.</translation>
    </message>
    <message>
        <source>Nama Keluaran wajib diisi.</source>
        <translation>Output name is required.</translation>
    </message>
    <message>
        <source>Alasan wajib diisi.</source>
        <translation>Reason is required.</translation>
    </message>
    <message>
        <source>Nama kantor wajib diisi.</source>
        <translation>The office name is required.</translation>
    </message>
    <message>
        <source>Logo harus berupa gambar PNG atau JPEG.</source>
        <translation>The logo must be a PNG or JPEG image.</translation>
    </message>
    <message>
        <source>Logo terlalu besar (maksimal 2 MB).</source>
        <translation>The logo is too large (2 MB at most).</translation>
    </message>
    <message>
        <source>Nama pengguna sudah dipakai.</source>
        <translation>That user name is already taken.</translation>
    </message>
    <message>
        <source>Nama pengguna dan nama lengkap wajib diisi.</source>
        <translation>User name and full name are required.</translation>
    </message>
    <message>
        <source>Kata sandi minimal 8 karakter.</source>
        <translation>The password needs at least 8 characters.</translation>
    </message>
    <message>
        <source>Kata sandi terlalu panjang (maksimal 256 karakter).</source>
        <translation>The password is too long (256 characters at most).</translation>
    </message>
    <message>
        <source>Kata sandi tidak boleh sama dengan nama pengguna.</source>
        <translation>The password must not be the same as the user name.</translation>
    </message>
    <message>
        <source>Kata sandi tidak boleh hanya angka (misalnya NIP atau tanggal lahir); tambahkan huruf.</source>
        <translation>The password must not be digits only (such as a NIP or a date of birth); add letters.</translation>
    </message>
    <message>
        <source>Kata sandi tidak boleh berupa satu karakter yang diulang.</source>
        <translation>The password must not be a single repeated character.</translation>
    </message>
    <message>
        <source>Kata sandi ini terlalu umum dan mudah ditebak. Pilih yang lain.</source>
        <translation>This password is too common and easy to guess. Choose another.</translation>
    </message>
    <message>
        <source>Kata sandi baru harus berbeda dari kata sandi lama.</source>
        <translation>The new password must be different from the old one.</translation>
    </message>
    <message>
        <source>Kedua isian kata sandi baru tidak sama.</source>
        <translation>The two new password entries do not match.</translation>
    </message>
    <message>
        <source>Basis data ini bukan basis data contoh, jadi tidak dimulai ulang: pekerjaan kantor tidak pernah dihapus.</source>
        <translation>This database is not the demo database, so it is not reset: the office&apos;s work is never deleted.</translation>
    </message>
    <message>
        <source>Basis data ini sedang dibuka oleh PADI lain (di komputer ini atau lewat jaringan). Tutup PADI yang lain itu terlebih dahulu.</source>
        <translation>This database is already open in another copy of PADI (on this computer or over the network). Close that other PADI first.</translation>
    </message>
    <message>
        <source>Cadangan ini tidak tercatat di Catatan Aktivitas kantor ini, sehingga isinya tidak dapat dipastikan milik kantor ini. Pemulihan dibatalkan.</source>
        <translation>This backup is not recorded in this office&apos;s activity log, so its contents cannot be confirmed as this office&apos;s. The restore was cancelled.</translation>
    </message>
    <message>
        <source>Kata konfirmasi tidak cocok; pemulihan dibatalkan.</source>
        <translation>The confirmation words do not match; the restore was cancelled.</translation>
    </message>
    <message>
        <source>Berkas tidak dapat ditulis ke tujuan itu (media rusak atau dicabut). Berkas lama tetap utuh; coba folder lain.</source>
        <translation>The file cannot be written to that location (the drive is faulty or was removed). Existing files are intact; try another folder.</translation>
    </message>
    <message>
        <source>Anda tidak dapat menonaktifkan akun Anda sendiri.</source>
        <translation>You cannot deactivate your own account.</translation>
    </message>
    <message>
        <source>Tanggal selesai harus sesudah tanggal mulai.</source>
        <translation>The end date must come after the start date.</translation>
    </message>
    <message>
        <source>Nilai harus berupa angka.</source>
        <translation>The value must be a number.</translation>
    </message>
    <message>
        <source>Ruang kosong pada media tujuan tidak cukup. Kosongkan ruang atau pilih media lain.</source>
        <translation>Not enough free space on the target drive. Free up space or choose another drive.</translation>
    </message>
    <message>
        <source>Folder tujuan tidak ditemukan. Pastikan flash disk terpasang.</source>
        <translation>Target folder not found. Make sure the flash drive is plugged in.</translation>
    </message>
    <message>
        <source>Jam kerja tidak masuk akal: jam mulai harus sebelum jam selesai, istirahat di dalam jam kerja, dan minimal satu hari kerja.</source>
        <translation>The working hours do not make sense: the start must come before the end, breaks must fall within working hours, and there must be at least one working day.</translation>
    </message>
    <message>
        <source>Tanggal hari libur tidak dapat dibaca. Tulis sebagai TTTT-BB-HH.</source>
        <translation>A holiday date cannot be read. Write it as YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>Batas peringatan cadangan harus 1 sampai 365 hari.</source>
        <translation>The backup warning limit must be 1 to 365 days.</translation>
    </message>
    <message>
        <source>Pegawai itu tidak dikenal.</source>
        <translation>That employee is not known.</translation>
    </message>
    <message>
        <source>Bahan e-Kinerja dibuat per pegawai: pilih pegawainya.</source>
        <translation>e-Kinerja material is made per employee: choose the employee.</translation>
    </message>
    <message>
        <source>Pengaturan waktu kerja tidak masuk akal: jeda karena tidak aktif 1 sampai 60 menit, batas waktu tunggu 1 sampai 60 hari kerja untuk setiap langkah.</source>
        <translation>The work time settings make no sense: pause after 1 to 60 idle minutes, a waiting limit of 1 to 60 working days for every step.</translation>
    </message>
    <message>
        <source>Tanggal akhir periode lebih awal dari tanggal awalnya.</source>
        <translation>The end date of the period is earlier than its start date.</translation>
    </message>
    <message>
        <source>Tujuan tidak dapat ditulisi: foldernya terkunci, atau berkas yang sama sedang dibuka di program lain. Tutup berkas itu atau pilih folder lain.</source>
        <translation>Cannot write there: the folder is locked, or the same file is open in another program. Close that file or choose another folder.</translation>
    </message>
    <message>
        <source>Penulisan ke media gagal. Cadangan lama tetap utuh; coba media lain.</source>
        <translation>Writing to the drive failed. Earlier backups are intact; try another drive.</translation>
    </message>
    <message>
        <source>Cadangan tidak lolos verifikasi dan tidak disimpan. Coba media lain.</source>
        <translation>The backup failed verification and was not kept. Try another drive.</translation>
    </message>
    <message>
        <source>Basis data tidak dapat dibaca untuk dicadangkan.</source>
        <translation>The database cannot be read for the backup.</translation>
    </message>
    <message>
        <source>Cadangan ini rusak atau tidak lengkap, sehingga ditolak. Basis data sekarang tidak diubah; pilih cadangan lain.</source>
        <translation>This backup is damaged or incomplete, so it was rejected. The current database has not been changed; choose another backup.</translation>
    </message>
    <message>
        <source>Cadangan ini terenkripsi; ketik frasa sandinya.</source>
        <translation>This backup is encrypted; type its passphrase.</translation>
    </message>
    <message>
        <source>Frasa sandi cadangan salah. Lihat lembar pemulihan untuk tempat frasa sandi disimpan.</source>
        <translation>Wrong backup passphrase. See the recovery sheet for where the passphrase is kept.</translation>
    </message>
    <message>
        <source>Berkas tidak ditemukan.</source>
        <translation>File not found.</translation>
    </message>
    <message>
        <source>Pemeriksaan basis data menemukan masalah; penerbitan, pencetakan dan lembar persetujuan ditolak sampai masalah itu diselesaikan. Jalankan &apos;padi check&apos; untuk rinciannya, lalu pulihkan cadangan terverifikasi terakhir bila perlu.</source>
        <translation>The database check found a problem; publishing, printing and approval sheets are refused until it is resolved. Run &apos;padi check&apos; for the details, then restore the last verified backup if needed.</translation>
    </message>
    <message>
        <source>Berkas jangkar Catatan Aktivitas di samping basis data tidak dapat ditulis; perubahan dibatalkan. Pastikan folder basis data dapat ditulisi dan disknya tidak penuh, lalu coba lagi.</source>
        <translation>The activity log anchor file next to the database cannot be written; the change was cancelled. Make sure the database folder is writable and its disk is not full, then try again.</translation>
    </message>
    <message>
        <source>Folder tidak ditemukan. Pastikan media terpasang.</source>
        <translation>Folder not found. Make sure the drive is plugged in.</translation>
    </message>
    <message>
        <source>Lembar ini tidak memiliki kolom periode (bulan, triwulan, semester atau tahun) yang dapat diubah menjadi baris.</source>
        <translation>This sheet has no period columns (months, quarters, semesters or years) that can be turned into rows.</translation>
    </message>
    <message>
        <source>Tahun kolom periode tidak diketahui dari judul, nama lembar atau nama berkas. Isi Tahun di samping &apos;Ubah kolom periode menjadi baris&apos;.</source>
        <translation>The year of the period columns is not known from the title, the sheet name or the file name. Enter the Year beside &apos;Turn period columns into rows&apos;.</translation>
    </message>
    <message>
        <source>Tahun harus empat angka antara 1900 dan 2100, misalnya 2024.</source>
        <translation>The year must be four digits between 1900 and 2100, for example 2024.</translation>
    </message>
    <message>
        <source>Tahun periode tidak diketahui. Isi Tahun di samping &apos;Ubah kolom periode menjadi baris&apos;.</source>
        <translation>The year of the period is not known. Enter the Year beside &apos;Turn period columns into rows&apos;.</translation>
    </message>
    <message>
        <source>Hak akses ini ditetapkan aturan kantor (pembuat-pemeriksa, persetujuan oleh Kepala Dinas, tugas administrator) dan tidak dapat diubah.</source>
        <translation>This permission is fixed by the office&apos;s rules (maker-checker, approval by the head of office, administrator duties) and cannot be changed.</translation>
    </message>
    <message>
        <source>Matriks hak akses tidak lengkap atau tidak dikenal.</source>
        <translation>The permission matrix is incomplete or not recognised.</translation>
    </message>
    <message>
        <source>Format nomor surat harus memuat {nomor} dan {tahun} (boleh juga {bulan} dan {kantor}), tanpa kurung kurawal lain, paling panjang 80 karakter.</source>
        <translation>The letter number format must contain {nomor} and {tahun} (and may contain {bulan} and {kantor}), no other braces, at most 80 characters.</translation>
    </message>
    <message>
        <source>Belum ada penanda tangan: isi nama Kepala Dinas di Profil Kantor, atau aktifkan pengguna Sekretaris untuk menandatangani atas nama Kepala.</source>
        <translation>There is nobody to sign: fill in the head of office&apos;s name in the office profile, or activate a Sekretaris user to sign on the head&apos;s behalf.</translation>
    </message>
    <message>
        <source>Tujuan itu adalah basis data PADI atau berkas pendampingnya dan tidak pernah ditimpa. Pilih nama berkas lain.</source>
        <translation>That target is the PADI database or one of its companion files and is never overwritten. Choose another file name.</translation>
    </message>
    <message>
        <source>Tujuan itu adalah berkas cadangan PADI dan tidak pernah ditimpa. Pilih nama berkas lain.</source>
        <translation>That target is a PADI backup and is never overwritten. Choose another file name.</translation>
    </message>
    <message>
        <source>Berkas itu sudah ada dan bukan keluaran PADI (atau sudah diubah sejak ditulis PADI), jadi tidak akan ditimpa. Pilih nama lain atau pindahkan berkas itu dulu.</source>
        <translation>That file already exists and is not an output of PADI (or was changed since PADI wrote it), so it will not be overwritten. Choose another name or move that file first.</translation>
    </message>
    <message>
        <source>Berkas keluaran PADI sebelumnya dengan nama itu sudah ada. Pilih nama lain.</source>
        <translation>An earlier PADI output with that name already exists. Choose another name.</translation>
    </message>
    <message>
        <source>Tujuan itu adalah sebuah folder. Ketik nama berkas.</source>
        <translation>That target is a folder. Type a file name.</translation>
    </message>
    <message>
        <source>Folder itu berisi berkas lain dan bukan folder PADI sebelumnya. Pilih folder kosong.</source>
        <translation>That folder holds other files and is not an earlier PADI folder. Choose an empty folder.</translation>
    </message>
    <message>
        <source>Tujuan itu adalah sebuah berkas, bukan folder.</source>
        <translation>That target is a file, not a folder.</translation>
    </message>
    <message>
        <source>Nama berkas berisi karakter kendali yang tidak diizinkan.</source>
        <translation>The file name contains control characters, which are not allowed.</translation>
    </message>
    <message>
        <source>Nama berkas atau folder terlalu panjang. Pilih nama yang lebih pendek.</source>
        <translation>The file or folder name is too long. Choose a shorter name.</translation>
    </message>
    <message>
        <source>Berkas atau folder itu tidak dapat dipakai. Pilih yang lain.</source>
        <translation>That file or folder cannot be used. Choose another one.</translation>
    </message>
    <message>
        <source>Yang dipilih adalah sebuah folder, bukan berkas.</source>
        <translation>What was chosen is a folder, not a file.</translation>
    </message>
    <message>
        <source>Yang dipilih bukan berkas biasa sehingga tidak dibaca.</source>
        <translation>What was chosen is not an ordinary file, so it is not read.</translation>
    </message>
    <message>
        <source>Nama Kumpulan Data terlalu panjang; paling banyak 200 karakter.</source>
        <translation>The dataset name is too long; at most 200 characters.</translation>
    </message>
    <message>
        <source>Nama berisi karakter kendali (tak terlihat) yang tidak diizinkan; ketik ulang namanya.</source>
        <translation>The name contains (invisible) control characters, which are not allowed; type the name again.</translation>
    </message>
    <message>
        <source>Tanggal di luar rentang yang dapat dilaporkan (tahun 1900 sampai 2199).</source>
        <translation>The date is outside the range a report covers (years 1900 to 2199).</translation>
    </message>
    <message>
        <source>Kata sandi Anda diatur ulang administrator dan harus diganti sebelum bekerja.</source>
        <translation>Your password was reset by the administrator and must be changed before you work.</translation>
    </message>
    <message>
        <source>Staf hanya dapat mencetak Laporan Pelaksanaan untuk dirinya sendiri.</source>
        <translation>Staff can print the Implementation Report for themselves only.</translation>
    </message>
    <message>
        <source>Hanya Kepala Dinas yang dapat mengonfirmasi atau menolak perubahan peran.</source>
        <translation>Only the Head of office can confirm or reject a role change.</translation>
    </message>
    <message>
        <source>Permintaan perubahan peran itu tidak ada atau sudah diputuskan.</source>
        <translation>That role change request does not exist or has already been decided.</translation>
    </message>
    <message>
        <source>Peran dan status administrator pengguna itu tidak berubah.</source>
        <translation>That user&apos;s role and administrator status are unchanged.</translation>
    </message>
    <message>
        <source>Kantor di server tidak dipulihkan di atas datanya sendiri (catatan aktivitasnya tidak pernah ditimpa). Pulihkan ke basis data server yang kosong dengan &apos;padi restore&apos;, lalu arahkan semua PC ke sana.</source>
        <translation>An office on a server is not restored over its own data (its activity log is never overwritten). Restore into an empty server database with &apos;padi restore&apos;, then point every PC to it.</translation>
    </message>
    <message>
        <source>Server basis data tidak dapat dihubungi; perubahan ini TIDAK tersimpan. Pekerjaan Anda di layar tetap ada: periksa jaringan, lalu coba lagi.</source>
        <translation>The database server cannot be reached; this change was NOT saved. Your work on screen is kept: check the network, then try again.</translation>
    </message>
    <message>
        <source>Sambungan ke server putus tepat saat menyimpan, dan server belum dapat ditanya apakah perubahan tersimpan. Periksa item itu setelah server kembali sebelum mengulanginya.</source>
        <translation>The connection to the server broke just while saving, and the server could not yet be asked whether the change was saved. Check the item once the server is back before repeating it.</translation>
    </message>
    <message>
        <source>Server basis data menolak masuk: nama pengguna atau kata sandi basis data salah.</source>
        <translation>The database server refused the login: wrong database user name or password.</translation>
    </message>
    <message>
        <source>Basis data dengan nama itu tidak ada di server.</source>
        <translation>There is no database with that name on the server.</translation>
    </message>
    <message>
        <source>Alamat server basis data tidak lengkap atau tidak dapat dipakai.</source>
        <translation>The database server&apos;s address is incomplete or cannot be used.</translation>
    </message>
    <message>
        <source>Kata sandi basis data tidak disimpan di pengaturan; isi di kolom Kata Sandi.</source>
        <translation>The database password is not kept in the settings; type it in the Password field.</translation>
    </message>
    <message>
        <source>Basis data ini bukan basis data PADI dan tidak akan diubah.</source>
        <translation>This database is not a PADI database and will not be changed.</translation>
    </message>
    <message>
        <source>Basis data tujuan sudah berisi data dan tidak akan ditimpa. Pilih basis data yang kosong.</source>
        <translation>The target database already holds data and will not be overwritten. Choose an empty database.</translation>
    </message>
    <message>
        <source>Sumber dan tujuan pemindahan adalah basis data yang sama.</source>
        <translation>The source and the target of the move are the same database.</translation>
    </message>
    <message>
        <source>Salinan tidak sama dengan sumbernya; pemindahan dianggap gagal. Basis data sumber tidak berubah.</source>
        <translation>The copy differs from its source; the move is treated as failed. The source database is unchanged.</translation>
    </message>
    <message>
        <source>Basis data sumber memakai susunan versi PADI yang lebih lama; buka sekali dengan PADI, lalu ulangi.</source>
        <translation>The source database uses the layout of an older PADI; open it once with PADI, then try again.</translation>
    </message>
    <message>
        <source>Kumpulan Data itu tidak ada lagi. Muat ulang daftar.</source>
        <translation>That dataset no longer exists. Reload the list.</translation>
    </message>
    <message>
        <source>Revisi itu tidak ada untuk Kumpulan Data ini.</source>
        <translation>This dataset has no such revision.</translation>
    </message>
    <message>
        <source>Nama itu masih dipakai Kumpulan Data di Sampah. Pulihkan dari Sampah, atau pilih nama lain.</source>
        <translation>That name is still used by a dataset in the trash. Restore it from the trash, or choose another name.</translation>
    </message>
    <message>
        <source>Anda tidak dapat menerima kesalahan pemeriksaan pada data yang Anda susun sendiri.</source>
        <translation>You cannot accept check errors in data you prepared yourself.</translation>
    </message>
    <message>
        <source>Periode tidak dikenal. Tulis seperti 2024-04 (bulan), 2024-Q1 (triwulan), 2024-S1 (semester) atau 2024 (tahun).</source>
        <translation>Unknown period. Write it like 2024-04 (month), 2024-Q1 (quarter), 2024-S1 (semester) or 2024 (year).</translation>
    </message>
    <message>
        <source>Periode itu tidak sesuai frekuensi seri ini.</source>
        <translation>That period does not match this series&apos; frequency.</translation>
    </message>
    <message>
        <source>Data periode itu sudah ada dan sudah diperiksa. Periode itu hanya dapat diubah lewat Buat Revisi.</source>
        <translation>That period&apos;s data is already there and checked. It can only change through a new revision.</translation>
    </message>
    <message>
        <source>Baris periode yang sudah tervalidasi tidak diubah di tempat. Buat Revisi untuk memperbaikinya.</source>
        <translation>Rows of a validated period are not edited in place. Make a new revision to correct them.</translation>
    </message>
    <message>
        <source>Ada baris berkas yang menyebut periode lain dari periode yang dipilih.</source>
        <translation>Some rows of the file name a period other than the one chosen.</translation>
    </message>
    <message>
        <source>Kumpulan Data ini bukan seri per periode.</source>
        <translation>This dataset is not a series by period.</translation>
    </message>
    <message>
        <source>Seri memerlukan kolom periode; kolom itu tidak dapat dihapus atau diubah tipenya.</source>
        <translation>A series needs its period column; that column cannot be deleted or change its type.</translation>
    </message>
    <message>
        <source>Setiap baris seri harus memiliki periode yang dikenal.</source>
        <translation>Every row of a series must have a known period.</translation>
    </message>
    <message>
        <source>Kumulatif tahun berjalan memerlukan kolom periode sebagai baris.</source>
        <translation>Year to date needs a period column as the rows.</translation>
    </message>
    <message>
        <source>Kumulatif tahun berjalan hanya untuk Jumlah atau Banyaknya.</source>
        <translation>Year to date is only for Sum or Count.</translation>
    </message>
    <message>
        <source>Nama Program wajib diisi.</source>
        <translation>The programme name is required.</translation>
    </message>
    <message>
        <source>Nama Kegiatan wajib diisi.</source>
        <translation>The activity name is required.</translation>
    </message>
    <message>
        <source>Kode Program itu sudah dipakai.</source>
        <translation>That programme code is already used.</translation>
    </message>
    <message>
        <source>Kode Kegiatan itu sudah dipakai dalam Program ini.</source>
        <translation>That activity code is already used in this programme.</translation>
    </message>
    <message>
        <source>Program ini masih memiliki Kegiatan; hapus Kegiatannya dahulu.</source>
        <translation>This programme still has activities; delete them first.</translation>
    </message>
    <message>
        <source>Kegiatan ini masih dipakai Kumpulan Data atau Agenda Kerja; lepaskan tautannya dahulu.</source>
        <translation>This activity is still used by a dataset or the work agenda; remove those links first.</translation>
    </message>
    <message>
        <source>Program itu tidak ada lagi. Muat ulang daftar.</source>
        <translation>That programme no longer exists. Reload the list.</translation>
    </message>
    <message>
        <source>Kegiatan itu tidak ada lagi. Muat ulang daftar.</source>
        <translation>That activity no longer exists. Reload the list.</translation>
    </message>
    <message>
        <source>Lembar kerja harus memiliki kolom Kode dan Nama (Program/Kegiatan); Tahun dan Penanggung Jawab boleh ada.</source>
        <translation>The sheet must have the columns Kode and Nama (Program/Kegiatan); Tahun and Penanggung Jawab are optional.</translation>
    </message>
    <message>
        <source>Ada baris tanpa kode atau tanpa nama, atau kegiatan tanpa programnya (rincian: nomor baris).</source>
        <translation>A row has no code or no name, or an activity has no programme (details: the row number).</translation>
    </message>
    <message>
        <source>Tindakan gagal ({code}).</source>
        <translation>Action failed ({code}).</translation>
    </message>
    <message>
        <source>Item ini diubah oleh {name} pada {time} sejak Anda membukanya; muat ulang, lalu ulangi perubahan Anda. Isian Anda di layar belum hilang.</source>
        <translation>{name} changed this item at {time} since you opened it; reload, then make your change again. What you typed on screen is not lost yet.</translation>
    </message>
    <message>
        <source>Akun dikunci sementara setelah 5 kali gagal masuk; coba lagi setelah pukul {detail}.</source>
        <translation>The account is locked for a while after 5 failed logins; try again after {detail}.</translation>
    </message>
    <message>
        <source>Publikasi belum disetujui Kepala Dinas; hanya versi yang disetujui yang dapat diterbitkan.</source>
        <translation>The publication has not been approved by the Head of Office; only an approved version can be published.</translation>
    </message>
    <message>
        <source>Isi publikasi berubah sejak ditinjau atau disetujui. Muat ulang lalu tinjau kembali; hanya versi yang disetujui yang dapat diterbitkan.</source>
        <translation>The publication&apos;s content changed since it was reviewed or approved. Reload and review it again; only an approved version can be published.</translation>
    </message>
    <message>
        <source>Saluran tidak dikenal: {detail}. Pilih saluran dari daftar.</source>
        <translation>Unknown channel: {detail}. Choose a channel from the list.</translation>
    </message>
    <message>
        <source>Angka di kolom &apos;{detail}&apos; dapat dibaca dua cara (misalnya 1.250: seribu dua ratus lima puluh, atau satu koma dua lima). Pilih tanda desimalnya di &apos;Cara baca angka&apos;.</source>
        <translation>The numbers in column &apos;{detail}&apos; can be read two ways (1.250, for example: one thousand two hundred fifty, or one point two five). Choose its decimal mark under &apos;How numbers are read&apos;.</translation>
    </message>
    <message>
        <source>Berkas CSV mencampur dua pengodean teks (UTF-8 dan Windows-1252), mulai baris {detail}; huruf seperti é akan terbaca salah. Simpan ulang seluruhnya sebagai CSV UTF-8.</source>
        <translation>The CSV file mixes two text encodings (UTF-8 and Windows-1252), from line {detail} on; letters such as é would be read wrong. Save it again entirely as UTF-8 CSV.</translation>
    </message>
    <message>
        <source>Nama kolom yang sama dipakai lebih dari sekali.</source>
        <translation>The same column name is used more than once.</translation>
    </message>
    <message>
        <source>Basis data ini sedang dibuka oleh PADI lain: {detail}. Tutup PADI itu atau tunggu sampai pekerjaannya selesai, lalu ulangi.</source>
        <translation>This database is open in another PADI: {detail}. Close that PADI or wait until its work is done, then try again.</translation>
    </message>
    <message>
        <source>Cadangan atau basis data ini dibuat oleh versi PADI yang lebih baru. Perbarui PADI lalu ulangi.</source>
        <translation>This backup or database was made by a newer version of PADI. Update PADI, then try again.</translation>
    </message>
    <message>
        <source>Frasa sandi cadangan terlalu pendek (minimal {detail} karakter).</source>
        <translation>The backup passphrase is too short (at least {detail} characters).</translation>
    </message>
    <message>
        <source>Basis data sedang dipakai komputer lain terlalu lama; tidak ada yang diubah. Coba lagi sebentar lagi.</source>
        <translation>The database has been in use by another computer for too long; nothing was changed. Try again in a moment.</translation>
    </message>
    <message>
        <source>Pengguna tidak dikenal.</source>
        <translation>Unknown user.</translation>
    </message>
    <message>
        <source>Profil kantor dan administrator pertama sudah dibuat.</source>
        <translation>The office profile and the first administrator have already been created.</translation>
    </message>
    <message>
        <source>Tingkat akses Kumpulan Data tidak dikenal: {detail}.</source>
        <translation>Unknown Dataset access level: {detail}.</translation>
    </message>
    <message>
        <source>Cara meringkas nilai tidak dikenal: {detail}.</source>
        <translation>Unknown way of summarising values: {detail}.</translation>
    </message>
    <message>
        <source>Pilihan grafik tidak dapat dipakai; pilih jenis dan kolom grafik lagi.</source>
        <translation>The chart choice cannot be used; choose the chart type and columns again.</translation>
    </message>
    <message>
        <source>Tipe kolom tidak dikenal: {detail}.</source>
        <translation>Unknown column type: {detail}.</translation>
    </message>
    <message>
        <source>Tanggal tidak dapat dibaca: {detail}. Tulis sebagai TTTT-BB-HH, misalnya 2026-11-30.</source>
        <translation>The date cannot be read: {detail}. Write it as YYYY-MM-DD, for example 2026-11-30.</translation>
    </message>
    <message>
        <source>Penyaring tidak dikenal: {detail}. Pakai =, !=, in, &gt;= atau &lt;=.</source>
        <translation>Unknown filter: {detail}. Use =, !=, in, &gt;= or &lt;=.</translation>
    </message>
    <message>
        <source>Jenis berkas tujuan tidak dapat dipakai di sini: {detail}. Pilih akhiran berkas yang ditawarkan.</source>
        <translation>This kind of target file cannot be used here: {detail}. Choose one of the file endings offered.</translation>
    </message>
    <message>
        <source>Satuan periode tidak dikenal: {detail}.</source>
        <translation>Unknown period unit: {detail}.</translation>
    </message>
    <message>
        <source>Baris judul kolom {detail} tidak ada atau kosong. Pilih baris yang berisi nama kolom.</source>
        <translation>Header row {detail} does not exist or is empty. Choose the row that holds the column names.</translation>
    </message>
    <message>
        <source>Batas waktu kunci layar di luar rentang yang diizinkan ({detail} menit).</source>
        <translation>The screen lock time is outside the allowed range ({detail} minutes).</translation>
    </message>
    <message>
        <source>Jenis publikasi tidak dikenal: {detail}.</source>
        <translation>Unknown publication type: {detail}.</translation>
    </message>
    <message>
        <source>Nomor urut surat harus 1 atau lebih (tertulis {detail}).</source>
        <translation>The letter&apos;s sequence number must be 1 or more (given: {detail}).</translation>
    </message>
    <message>
        <source>Jenis item tidak dikenal: {detail}.</source>
        <translation>Unknown item type: {detail}.</translation>
    </message>
    <message>
        <source>Hasil konfirmasi tidak dikenal: {detail}.</source>
        <translation>Unknown confirmation outcome: {detail}.</translation>
    </message>
    <message>
        <source>Perubahan antarperiode memerlukan kolom periode sebagai baris (kolom &apos;{detail}&apos;).</source>
        <translation>Change between periods needs the period column as rows (column &apos;{detail}&apos;).</translation>
    </message>
    <message>
        <source>Ukuran grafik terlalu kecil ({detail} piksel); paling sedikit 50 × 50 piksel.</source>
        <translation>The chart size is too small ({detail} pixels); at least 50 × 50 pixels.</translation>
    </message>
    <message>
        <source>Kolom &apos;{detail}&apos; berisi angka di Kumpulan Data, tetapi bukan angka di berkas.</source>
        <translation>Column &apos;{detail}&apos; holds numbers in the Dataset, but not numbers in the file.</translation>
    </message>
    <message>
        <source>Tidak ada baris data yang dapat diimpor.</source>
        <translation>There are no data rows to import.</translation>
    </message>
    <message>
        <source>Buku kerja ini dilindungi kata sandi. Buka di Excel, hapus kata sandinya, lalu impor lagi.</source>
        <translation>This workbook is password-protected. Open it in Excel, remove the password, then import it again.</translation>
    </message>
    <message>
        <source>Berkas tidak ditemukan: {detail}</source>
        <translation>File not found: {detail}</translation>
    </message>
    <message>
        <source>Periode tidak dapat dipecah menjadi satuan yang lebih kecil: {detail}</source>
        <translation>A period cannot be split into a smaller unit: {detail}</translation>
    </message>
    <message>
        <source>Pengguna {detail} tidak aktif; pilih pengguna yang aktif.</source>
        <translation>User {detail} is inactive; choose an active user.</translation>
    </message>
    <message>
        <source>Parameter kunci enkripsi cadangan melebihi yang pernah ditulis PADI (berkas rusak atau disusun orang); cadangan ditolak.</source>
        <translation>The backup&apos;s encryption key parameters exceed any PADI has ever written (the file is damaged or was crafted); the backup is refused.</translation>
    </message>
    <message>
        <source>Periode awal dan akhir harus berjenis sama (bulan, triwulan, semester atau tahun): {detail}.</source>
        <translation>The first and last periods must be of the same kind (month, quarter, semester or year): {detail}.</translation>
    </message>
    <message>
        <source>Tidak ada kolom berkas yang cocok dengan kolom Kumpulan Data &apos;{detail}&apos;.</source>
        <translation>No column of the file matches a column of Dataset &apos;{detail}&apos;.</translation>
    </message>
    <message>
        <source>Berkas basis data tidak ditemukan: {detail}</source>
        <translation>Database file not found: {detail}</translation>
    </message>
    <message>
        <source>Tabel &apos;{detail}&apos; tidak memiliki kolom angka untuk digambar.</source>
        <translation>Table &apos;{detail}&apos; has no number column to draw.</translation>
    </message>
    <message>
        <source>Berkas ini bukan lembar kerja yang dapat dibaca (xlsx, xls, ods, csv atau json): {detail}</source>
        <translation>This file is not a readable spreadsheet (xlsx, xls, ods, csv or json): {detail}</translation>
    </message>
    <message>
        <source>Berkas ini bukan cadangan terenkripsi PADI.</source>
        <translation>This file is not an encrypted PADI backup.</translation>
    </message>
    <message>
        <source>Masuk dengan nama pengguna Anda terlebih dahulu.</source>
        <translation>Log in with your user name first.</translation>
    </message>
    <message>
        <source>Kolom &apos;{detail}&apos; bukan kolom angka; pilih kolom angka sebagai nilai atau hitung Banyaknya.</source>
        <translation>Column &apos;{detail}&apos; is not a number column; choose a number column as the value or count the rows.</translation>
    </message>
    <message>
        <source>Basis data belum disiapkan; buka PADI untuk mengisi profil kantor.</source>
        <translation>The database has not been set up yet; open PADI to fill in the office profile.</translation>
    </message>
    <message>
        <source>Grafik lingkaran tidak dapat menggambar nilai negatif (&apos;{detail}&apos;); pilih grafik batang.</source>
        <translation>A pie chart cannot draw negative values (&apos;{detail}&apos;); choose a bar chart.</translation>
    </message>
    <message>
        <source>Grafik lingkaran hanya menggambar satu seri nilai; pilih satu kolom nilai atau grafik batang.</source>
        <translation>A pie chart draws only one series of values; choose one value column or a bar chart.</translation>
    </message>
    <message>
        <source>Pilih Kumpulan Data yang akan direkap.</source>
        <translation>Choose the Datasets to combine in the recap.</translation>
    </message>
    <message>
        <source>Ada baris dengan lebih banyak sel ({detail}) daripada kolom Kumpulan Data.</source>
        <translation>A row has more cells ({detail}) than the Dataset has columns.</translation>
    </message>
    <message>
        <source>Pilih paling sedikit satu kolom sebagai baris tabulasi.</source>
        <translation>Choose at least one column as the rows of the tabulation.</translation>
    </message>
    <message>
        <source>Isi terenkripsi cadangan telah berubah (rusak atau diubah); cadangan ditolak.</source>
        <translation>The encrypted content of the backup has changed (damaged or altered); the backup is refused.</translation>
    </message>
    <message>
        <source>Berkas cadangan terenkripsi terpotong; cadangan ditolak.</source>
        <translation>The encrypted backup file is truncated; the backup is refused.</translation>
    </message>
    <message>
        <source>Agenda itu tidak ada lagi. Muat ulang daftar.</source>
        <translation>That agenda item no longer exists. Reload the list.</translation>
    </message>
    <message>
        <source>Ukuran grafik tidak dikenal: {detail}.</source>
        <translation>Unknown chart size: {detail}.</translation>
    </message>
    <message>
        <source>Pengodean teks CSV tidak dikenali. Simpan ulang sebagai CSV UTF-8.</source>
        <translation>The CSV text encoding is not recognised. Save it again as UTF-8 CSV.</translation>
    </message>
    <message>
        <source>Format ekspor tidak dikenal: {detail}. Pilih csv, xlsx atau json.</source>
        <translation>Unknown export format: {detail}. Choose csv, xlsx or json.</translation>
    </message>
    <message>
        <source>Keluaran dengan nomor {detail} tidak ada.</source>
        <translation>There is no Output number {detail}.</translation>
    </message>
    <message>
        <source>Publikasi dengan nomor {detail} tidak ada.</source>
        <translation>There is no publication number {detail}.</translation>
    </message>
    <message>
        <source>Lembar &apos;{detail}&apos; tidak ada dalam buku kerja.</source>
        <translation>Sheet &apos;{detail}&apos; is not in the workbook.</translation>
    </message>
    <message>
        <source>Versi {detail} publikasi ini tidak ada.</source>
        <translation>Version {detail} of this publication does not exist.</translation>
    </message>
    <message>
        <source>{detail} baris berisi sel yang tidak sesuai tipenya. Perbaiki di berkas sumber, atau lewati baris itu (dicatat).</source>
        <translation>{detail} rows hold cells that do not match their column type. Correct them in the source file, or skip those rows (logged).</translation>
    </message>
    <message>
        <source>Pilih kolom nilai untuk cara meringkas ini.</source>
        <translation>Choose a value column for this way of summarising.</translation>
    </message>
    <message>
        <source>Berkas berisi struktur XML berbahaya dan ditolak.</source>
        <translation>The file contains a dangerous XML structure and is refused.</translation>
    </message>
    <message>
        <source>Berkas terlalu besar atau ukurannya tidak wajar, sehingga ditolak demi keamanan: {detail}</source>
        <translation>The file is too large or its size is implausible, so it is refused for safety: {detail}</translation>
    </message>
    <message>
        <source>pengguna lain</source>
        <translation>another user</translation>
    </message>
    <message>
        <source>Berkas basis data rusak.</source>
        <translation>The database file is damaged.</translation>
    </message>
    <message>
        <source>Entri catatan aktivitas #{id} hilang (dihapus).</source>
        <translation>Activity log entry #{id} is missing (deleted).</translation>
    </message>
    <message>
        <source>Rantai catatan aktivitas terputus pada entri #{id} (entri disisipkan atau diganti).</source>
        <translation>The activity log chain is broken at entry #{id} (an entry was inserted or replaced).</translation>
    </message>
    <message>
        <source>Entri catatan aktivitas #{id} telah diubah.</source>
        <translation>Activity log entry #{id} has been altered.</translation>
    </message>
    <message>
        <source>Catatan aktivitas tidak dapat dibaca.</source>
        <translation>The activity log cannot be read.</translation>
    </message>
    <message>
        <source>PADI tidak membuka basis data ini agar tidak ada perubahan di atas data yang rusak. Jalankan &apos;padi check&apos; untuk rinciannya, lalu pulihkan cadangan terverifikasi terakhir (tab 8 Arsip atau &apos;padi restore&apos;).</source>
        <translation>PADI will not open this database, so that no changes are made on top of damaged data. Run &apos;padi check&apos; for the details, then restore the last verified backup (tab 8 Archive or &apos;padi restore&apos;).</translation>
    </message>
    <message>
        <source>Hanya administrator yang diizinkan: {action}.</source>
        <translation>Only an administrator may: {action}.</translation>
    </message>
    <message>
        <source>{first} atau {last}</source>
        <translation>{first} or {last}</translation>
    </message>
    <message>
        <source>Hanya {roles} yang diizinkan: {action}.</source>
        <translation>Only {roles} may: {action}.</translation>
    </message>
    <message>
        <source>Catatan aktivitas berakhir pada entri #{log}, padahal jangkar di samping basis data mencatat entri #{anchor}: entri terakhir telah dihapus.</source>
        <translation>The activity log ends at entry #{log}, but the anchor next to the database records entry #{anchor}: the last entries were deleted.</translation>
    </message>
    <message>
        <source>Ada entri catatan aktivitas sesudah entri #{anchor} yang dicatat jangkar (sampai #{log}) yang tidak ditulis oleh PADI.</source>
        <translation>There are activity log entries after entry #{anchor} recorded by the anchor (up to #{log}) that PADI did not write.</translation>
    </message>
    <message>
        <source>Entri #{anchor} yang dicatat jangkar di samping basis data tidak sama dengan entri di basis data: catatan aktivitas ditulis ulang.</source>
        <translation>Entry #{anchor} recorded by the anchor next to the database differs from the entry in the database: the activity log was rewritten.</translation>
    </message>
    <message>
        <source>Pada entri #{noted} PADI mendapati catatan aktivitas tidak cocok dengan jangkarnya: entri dihapus atau ditulis ulang di luar PADI sebelum itu.</source>
        <translation>At entry #{noted} PADI found that the activity log did not match its anchor: entries were deleted or rewritten outside PADI before that.</translation>
    </message>
    <message>
        <source>PADI tidak membuka basis data ini. Jalankan &apos;padi check&apos; untuk rinciannya, lalu pulihkan cadangan terverifikasi terakhir (tab 8 Arsip atau &apos;padi restore&apos;). Bila Anda sendiri mengganti berkas basis data dengan salinan lain, berkas jangkar {name} di sampingnya milik basis data yang lama: pindahkan berkas itu ke tempat lain, lalu buka PADI lagi.</source>
        <translation>PADI does not open this database. Run &apos;padi check&apos; for the details, then restore the last verified backup (tab 8 Archive or &apos;padi restore&apos;). If you replaced the database file with another copy yourself, the anchor file {name} next to it belongs to the old database: move that file elsewhere, then open PADI again.</translation>
    </message>
    <message>
        <source>Pemeriksaan saat membuka menemukan {n} status yang tidak didukung Catatan Aktivitas:</source>
        <translation>The check at start found {n} states that the activity log does not back:</translation>
    </message>
    <message>
        <source>… dan {n} lainnya.</source>
        <translation>… and {n} more.</translation>
    </message>
    <message>
        <source>Artinya: data itu diubah langsung di berkas basis data, di luar PADI. Penerbitan, pencetakan dan lembar persetujuan ditolak sampai masalah ini diselesaikan. Laporkan kepada administrator: &apos;padi check&apos; memberi rinciannya, dan memulihkan cadangan terverifikasi terakhir mengembalikan data yang sah.</source>
        <translation>This means the data was changed directly in the database file, outside PADI. Publishing, printing and approval sheets are refused until this is resolved. Tell the administrator: &apos;padi check&apos; gives the details, and restoring the last verified backup brings back the valid data.</translation>
    </message>
    <message>
        <source>Berkas jangkar Catatan Aktivitas ({name}) tidak ada di samping basis data. Tanpa jangkar, entri yang dihapus dari akhir Catatan Aktivitas tidak dapat dikenali. Ini wajar bila basis data disalin tanpa berkas itu; PADI membuat jangkar baru pada perubahan berikutnya.</source>
        <translation>The activity log anchor file ({name}) is not next to the database. Without an anchor, entries deleted from the end of the activity log cannot be recognised. This is normal when the database was copied without that file; PADI makes a new anchor at the next change.</translation>
    </message>
    <message>
        <source>Berkas jangkar Catatan Aktivitas ({name}) bukan jangkar PADI yang utuh, sehingga tidak dapat dibandingkan. PADI menulisnya ulang pada perubahan berikutnya.</source>
        <translation>The activity log anchor file ({name}) is not a whole PADI anchor, so it cannot be compared. PADI rewrites it at the next change.</translation>
    </message>
    <message>
        <source>Hanya Kepala Dinas atau Plt. yang dapat menyetujui.</source>
        <translation>Only the head of office or acting head can approve.</translation>
    </message>
    <message>
        <source>Hanya Kasubag Program atau Sekretaris yang dapat mengajukan.</source>
        <translation>Only the Programme Sub-section Head or the Secretary can submit.</translation>
    </message>
    <message>
        <source>Peran Anda tidak menyusun publikasi.</source>
        <translation>Your role does not compose publications.</translation>
    </message>
    <message>
        <source>Hanya Staf atau Kasubag Program yang menyiapkan data.</source>
        <translation>Only Staff or the Programme Sub-section Head prepare data.</translation>
    </message>
    <message>
        <source>Peran Anda tidak melakukan pemeriksaan data.</source>
        <translation>Your role does not check data.</translation>
    </message>
    <message>
        <source>Hanya Staf, Kasubag Program atau Sekretaris yang memvalidasi.</source>
        <translation>Only Staff, the Programme Sub-section Head or the Secretary validate data.</translation>
    </message>
    <message>
        <source>Hanya Kasubag Program atau Sekretaris yang dapat menerima kesalahan pemeriksaan.</source>
        <translation>Only the Kasubag Program or the Sekretaris can accept check errors.</translation>
    </message>
    <message>
        <source>Hanya Staf atau Kasubag Program yang mengolah data.</source>
        <translation>Only Staff or the Programme Sub-section Head process data.</translation>
    </message>
    <message>
        <source>Hanya Staf atau Kasubag Program yang menyajikan data.</source>
        <translation>Only Staff or the Programme Sub-section Head present data.</translation>
    </message>
    <message>
        <source>Hanya Staf atau Kasubag Program yang menerbitkan.</source>
        <translation>Only Staff or the Programme Sub-section Head publish.</translation>
    </message>
    <message>
        <source>Peran Anda tidak membuat cadangan.</source>
        <translation>Your role does not make backups.</translation>
    </message>
    <message>
        <source>Hanya administrator yang mengelola pengguna.</source>
        <translation>Only an administrator manages users.</translation>
    </message>
    <message>
        <source>Hanya administrator yang mengubah profil kantor.</source>
        <translation>Only an administrator changes the office profile.</translation>
    </message>
    <message>
        <source>Hanya Kepala Dinas atau administrator yang menunjuk Plt.</source>
        <translation>Only the head of office or an administrator appoints an acting head.</translation>
    </message>
    <message>
        <source>Hanya Kasubag Program, Sekretaris atau Kepala Dinas yang membagi agenda kerja.</source>
        <translation>Only the programme sub-section head, the secretary or the head of office assigns work agenda entries.</translation>
    </message>
</context>
<context>
    <name>Metadata</name>
    <message>
        <source>Judul</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Kelompok</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Deskripsi</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Satuan</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Frekuensi</source>
        <translation>Frequency</translation>
    </message>
    <message>
        <source>Periode</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Sumber</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Produsen data</source>
        <translation>Data producer</translation>
    </message>
    <message>
        <source>Kata kunci</source>
        <translation>Keywords</translation>
    </message>
    <message>
        <source>Konsep</source>
        <translation>Concept</translation>
    </message>
    <message>
        <source>Definisi</source>
        <translation>Definition</translation>
    </message>
    <message>
        <source>Ukuran</source>
        <translation>Measure</translation>
    </message>
    <message>
        <source>Klasifikasi</source>
        <translation>Classification</translation>
    </message>
    <message>
        <source>Cara pengumpulan</source>
        <translation>Collection method</translation>
    </message>
    <message>
        <source>Kode wilayah</source>
        <translation>Area code</translation>
    </message>
    <message>
        <source>Walidata</source>
        <translation>Data custodian</translation>
    </message>
    <message>
        <source>Kontak</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Tingkat akses</source>
        <translation>Access level</translation>
    </message>
    <message>
        <source>Lisensi</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>Tanggal rilis</source>
        <translation>Release date</translation>
    </message>
    <message>
        <source>Tanggal pembaruan</source>
        <translation>Modified date</translation>
    </message>
    <message>
        <source>Publik</source>
        <translation>Public</translation>
    </message>
    <message>
        <source>Terbatas</source>
        <translation>Restricted</translation>
    </message>
    <message>
        <source>Tidak publik</source>
        <translation>Non-public</translation>
    </message>
    <message>
        <source>Metadata Kumpulan Data</source>
        <translation>Dataset metadata</translation>
    </message>
    <message>
        <source>Kelengkapan metadata: %v dari %m</source>
        <translation>Metadata completeness: %v of %m</translation>
    </message>
    <message>
        <source>Belum diisi: {fields}</source>
        <translation>Not filled in: {fields}</translation>
    </message>
</context>
<context>
    <name>NewDatasetDialog</name>
    <message>
        <source>(bebas)</source>
        <translation>(free text)</translation>
    </message>
    <message>
        <source>Kode kecamatan Kota Tebing Tinggi (Kemendagri)</source>
        <translation>Kecamatan codes of Kota Tebing Tinggi (Kemendagri)</translation>
    </message>
    <message>
        <source>Kode kelurahan Kota Tebing Tinggi (Kemendagri)</source>
        <translation>Kelurahan codes of Kota Tebing Tinggi (Kemendagri)</translation>
    </message>
    <message>
        <source>Kumpulan Data Baru</source>
        <translation>New dataset</translation>
    </message>
    <message>
        <source>&amp;Nama</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Kelompok</source>
        <translation>&amp;Group</translation>
    </message>
    <message>
        <source>&amp;Satuan</source>
        <translation>&amp;Unit</translation>
    </message>
    <message>
        <source>&amp;Periode</source>
        <translation>&amp;Period</translation>
    </message>
    <message>
        <source>S&amp;umber</source>
        <translation>&amp;Source</translation>
    </message>
    <message>
        <source>Nama Kolom</source>
        <translation>Column name</translation>
    </message>
    <message>
        <source>Tipe</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Daftar kode (untuk Kategori)</source>
        <translation>Code list (for Category)</translation>
    </message>
    <message>
        <source>Tambah Kolom</source>
        <translation>Add column</translation>
    </message>
    <message>
        <source>Hapus Kolom</source>
        <translation>Remove column</translation>
    </message>
    <message>
        <source>Uraian</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Jumlah</source>
        <translation>Number</translation>
    </message>
</context>
<context>
    <name>Objects</name>
    <message>
        <source>Pengaturan pencadangan</source>
        <translation>Backup settings</translation>
    </message>
    <message>
        <source>Kunci layar</source>
        <translation>Screen lock</translation>
    </message>
    <message>
        <source>Hak akses peran</source>
        <translation>Role permissions</translation>
    </message>
    <message>
        <source>Format nomor surat</source>
        <translation>Letter number format</translation>
    </message>
    <message>
        <source>Alamat laman paket internet</source>
        <translation>Internet package web address</translation>
    </message>
    <message>
        <source>Kalender kerja</source>
        <translation>Work calendar</translation>
    </message>
</context>
<context>
    <name>OfficeDialog</name>
    <message>
        <source>Profil Kantor</source>
        <translation>Office profile</translation>
    </message>
    <message>
        <source>Pemerintah</source>
        <translation>Government</translation>
    </message>
    <message>
        <source>Nama kantor</source>
        <translation>Office name</translation>
    </message>
    <message>
        <source>Singkatan</source>
        <translation>Short name</translation>
    </message>
    <message>
        <source>Alamat</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Telepon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Faks</source>
        <translation>Fax</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Laman</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Nama Kepala Dinas</source>
        <translation>Name of the head of office</translation>
    </message>
    <message>
        <source>NIP Kepala Dinas</source>
        <translation>NIP of the head of office</translation>
    </message>
    <message>
        <source>Pangkat/golongan Kepala Dinas</source>
        <translation>Rank of the head of office</translation>
    </message>
    <message>
        <source>Pilih Logo…</source>
        <translation>Choose logo…</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>(belum ada logo)</source>
        <translation>(no logo yet)</translation>
    </message>
    <message>
        <source>Pilih Logo</source>
        <translation>Choose logo</translation>
    </message>
    <message>
        <source>Gambar (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Berkas itu bukan gambar PNG atau JPEG yang dapat dibaca.</source>
        <translation>That file is not a readable PNG or JPEG image.</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Kata sandi saat ini</source>
        <translation>Current password</translation>
    </message>
    <message>
        <source>Kata sandi baru (min. 8 karakter, bukan hanya angka)</source>
        <translation>New password (min. 8 characters, not digits only)</translation>
    </message>
    <message>
        <source>Ulangi kata sandi baru</source>
        <translation>Repeat new password</translation>
    </message>
</context>
<context>
    <name>PdfPagesView</name>
    <message>
        <source>◀ Sebelumnya</source>
        <translation>◀ Previous</translation>
    </message>
    <message>
        <source>Halaman sebelumnya (PgUp)</source>
        <translation>Previous page (PgUp)</translation>
    </message>
    <message>
        <source>Berikutnya ▶</source>
        <translation>Next ▶</translation>
    </message>
    <message>
        <source>Halaman berikutnya (PgDown)</source>
        <translation>Next page (PgDown)</translation>
    </message>
    <message>
        <source>Pas Lebar</source>
        <translation>Fit width</translation>
    </message>
    <message>
        <source>Perbesar halaman selebar tampilan</source>
        <translation>Zoom the page to the width of the view</translation>
    </message>
    <message>
        <source>Tidak ada halaman</source>
        <translation>No pages</translation>
    </message>
    <message>
        <source>Halaman {page} dari {count}</source>
        <translation>Page {page} of {count}</translation>
    </message>
</context>
<context>
    <name>PeriodChips</name>
    <message>
        <source>belum ada</source>
        <translation>missing</translation>
    </message>
    <message>
        <source>draf</source>
        <translation>draft</translation>
    </message>
    <message>
        <source>diperiksa</source>
        <translation>checking</translation>
    </message>
    <message>
        <source>tervalidasi</source>
        <translation>validated</translation>
    </message>
    <message>
        <source>&lt;b&gt;Periode seri&lt;/b&gt; ({count} periode</source>
        <translation>&lt;b&gt;Periods of the series&lt;/b&gt; ({count} periods</translation>
    </message>
    <message>
        <source>, {missing} belum ada datanya</source>
        <translation>, {missing} without data</translation>
    </message>
    <message>
        <source>{rows} baris</source>
        <translation>{rows} rows</translation>
    </message>
    <message>
        <source>belum ada data</source>
        <translation>no data yet</translation>
    </message>
</context>
<context>
    <name>PermissionEditor</name>
    <message>
        <source>Pengguna, profil kantor dan pemulihan cadangan hanya oleh administrator.</source>
        <translation>Users, the office profile and restoring backups: the administrator only.</translation>
    </message>
    <message>
        <source>Hanya Kepala Dinas (atau Plt. Kepala Dinas) yang menyetujui atau mengembalikan publikasi.</source>
        <translation>Only the head of office (or the acting head) approves or returns publications.</translation>
    </message>
    <message>
        <source>Hanya Kepala Dinas (atau administrator) yang menunjuk Plt. Kepala Dinas.</source>
        <translation>Only the head of office (or an administrator) appoints an acting head.</translation>
    </message>
    <message>
        <source>Kepala Dinas tidak menyusun atau mengajukan publikasi: yang menyetujui bukan pembuatnya.</source>
        <translation>The head of office does not compose or submit publications: who approves is not who makes.</translation>
    </message>
    <message>
        <source>Tidak seorang pun, juga Plt., menyetujui publikasi yang ia susun atau ajukan sendiri.</source>
        <translation>Nobody, an acting head included, approves a publication they composed or submitted themselves.</translation>
    </message>
    <message>
        <source>Hak akses peran</source>
        <translation>Role permissions</translation>
    </message>
    <message>
        <source>Sel bertanda &lt;i&gt;tetap&lt;/i&gt; tidak dapat diubah pengaturan apa pun:</source>
        <translation>Cells marked &lt;i&gt;fixed&lt;/i&gt; cannot be changed by any setting:</translation>
    </message>
    <message>
        <source>Simpan Hak Akses</source>
        <translation>Save permissions</translation>
    </message>
    <message>
        <source>Kembalikan Bawaan</source>
        <translation>Restore defaults</translation>
    </message>
    <message>
        <source>tetap</source>
        <translation>fixed</translation>
    </message>
    <message>
        <source>Isi tabel dengan hak akses bawaan PADI; tersimpan setelah Simpan Hak Akses.</source>
        <translation>Fill the table with PADI&apos;s default permissions; stored after Save permissions.</translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <source>Siapkan dan ubah Kumpulan Data</source>
        <translation>Prepare and edit datasets</translation>
    </message>
    <message>
        <source>Periksa data dan catat Konfirmasi Data</source>
        <translation>Check data and record source confirmations</translation>
    </message>
    <message>
        <source>Tandai tervalidasi atau kembalikan ke Persiapan</source>
        <translation>Mark validated or return to Preparation</translation>
    </message>
    <message>
        <source>Terima kesalahan pemeriksaan</source>
        <translation>Accept check errors</translation>
    </message>
    <message>
        <source>Olah data: tabulasi, grafik, Keluaran</source>
        <translation>Process data: tabulations, charts, outputs</translation>
    </message>
    <message>
        <source>Sajikan di Katalog Data</source>
        <translation>Present in the data catalogue</translation>
    </message>
    <message>
        <source>Susun dan perbaiki publikasi</source>
        <translation>Compose and revise publications</translation>
    </message>
    <message>
        <source>Ajukan publikasi ke Kepala</source>
        <translation>Submit publications to the head</translation>
    </message>
    <message>
        <source>Setujui atau kembalikan publikasi</source>
        <translation>Approve or return publications</translation>
    </message>
    <message>
        <source>Terbitkan, cetak dan distribusikan publikasi</source>
        <translation>Publish, print and distribute publications</translation>
    </message>
    <message>
        <source>Buat cadangan</source>
        <translation>Back up</translation>
    </message>
    <message>
        <source>Pulihkan cadangan</source>
        <translation>Restore backups</translation>
    </message>
    <message>
        <source>Kelola pengguna dan peran</source>
        <translation>Manage users and roles</translation>
    </message>
    <message>
        <source>Ubah profil kantor</source>
        <translation>Change office profile</translation>
    </message>
    <message>
        <source>Tunjuk Plt. Kepala Dinas</source>
        <translation>Appoint acting head</translation>
    </message>
    <message>
        <source>Rencanakan Agenda Kerja untuk orang lain</source>
        <translation>Plan the work agenda for others</translation>
    </message>
</context>
<context>
    <name>PrepareTab</name>
    <message>
        <source>Persiapan</source>
        <translation>Preparation</translation>
    </message>
    <message>
        <source>Menyiapkan data dan informasi, program dan kegiatan unit</source>
        <translation>Preparing the unit&apos;s data and information, programmes and activities</translation>
    </message>
    <message>
        <source>Kumpulan Data Baru</source>
        <translation>New dataset</translation>
    </message>
    <message>
        <source>Impor dari Excel…</source>
        <translation>Import from Excel…</translation>
    </message>
    <message>
        <source>Impor Seri per Lembar…</source>
        <translation>Import series by sheet…</translation>
    </message>
    <message>
        <source>Tambah Data Periode…</source>
        <translation>Add period data…</translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation>Metadata</translation>
    </message>
    <message>
        <source>Kolom…</source>
        <translation>Columns…</translation>
    </message>
    <message>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Perubahan Antar-Revisi</source>
        <translation>Changes between revisions</translation>
    </message>
    <message>
        <source>Hapus…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <source>Sampah…</source>
        <translation>Trash…</translation>
    </message>
    <message>
        <source>Program dan Kegiatan…</source>
        <translation>Programmes and activities…</translation>
    </message>
    <message>
        <source>Kirim ke Pemeriksaan</source>
        <translation>Send for checking</translation>
    </message>
    <message>
        <source>Tambah Baris</source>
        <translation>Add row</translation>
    </message>
    <message>
        <source>Hapus Baris</source>
        <translation>Remove row</translation>
    </message>
    <message>
        <source>Saring baris…</source>
        <translation>Filter rows…</translation>
    </message>
    <message>
        <source>Kumpulan Data</source>
        <translation>Dataset</translation>
    </message>
    <message>
        <source>Agenda Kerja</source>
        <translation>Work agenda</translation>
    </message>
    <message>
        <source>Belum ada Kumpulan Data draf. Buat yang baru.</source>
        <translation>No draft datasets yet. Create a new one.</translation>
    </message>
    <message>
        <source>Kumpulan Data besar: baris ditampilkan per halaman dan hanya bisa diubah lewat impor; metadata tetap bisa disunting.</source>
        <translation>Large dataset: rows are shown page by page and can only be changed by importing; the metadata can still be edited.</translation>
    </message>
    <message>
        <source>Metadata %v/%m</source>
        <translation>Metadata %v/%m</translation>
    </message>
    <message>
        <source>Belum diisi: {fields}</source>
        <translation>Not filled in: {fields}</translation>
    </message>
    <message>
        <source>Kumpulan Data dibuat. Ketik barisnya lalu simpan.</source>
        <translation>Dataset created. Type its rows, then save.</translation>
    </message>
    <message>
        <source>Kumpulan Data disimpan.</source>
        <translation>Dataset saved.</translation>
    </message>
    <message>
        <source>Impor lembar kerja</source>
        <translation>Import workbook</translation>
    </message>
    <message>
        <source>Lembar kerja (*.xlsx *.xlsm *.xls *.ods *.csv *.json)</source>
        <translation>Spreadsheets (*.xlsx *.xlsm *.xls *.ods *.csv *.json)</translation>
    </message>
    <message>
        <source>Membaca {name} …</source>
        <translation>Reading {name} …</translation>
    </message>
    <message>
        <source>Impor dari Excel</source>
        <translation>Import from Excel</translation>
    </message>
    <message>
        <source>Menyimpan baris ke Kumpulan Data …</source>
        <translation>Saving rows to the dataset …</translation>
    </message>
    <message>
        <source>{rows} baris diimpor ke &apos;{name}&apos;, {skipped} dilewati.</source>
        <translation>{rows} row(s) imported into &apos;{name}&apos;, {skipped} skipped.</translation>
    </message>
    <message>
        <source>Metadata disimpan.</source>
        <translation>Metadata saved.</translation>
    </message>
    <message>
        <source>Dikirim ke tab 2 Validasi; pemeriksaan otomatis sudah dijalankan.</source>
        <translation>Sent to tab 2 Validation; the automatic checks have been run.</translation>
    </message>
    <message>
        <source>Hanya untuk seri per periode (Kumpulan Data dengan frekuensi dan kolom periode).</source>
        <translation>Only for a series by period (a dataset with a frequency and a period column).</translation>
    </message>
    <message>
        <source>Periode baru seri yang sudah tervalidasi diubah lewat tabel; kolom dan penghapusan hanya untuk draf revisi.</source>
        <translation>New periods of a validated series are edited in the table; columns and deleting are for a draft revision only.</translation>
    </message>
    <message>
        <source>Kumpulan Data ini baru memiliki satu revisi.</source>
        <translation>This dataset has only one revision.</translation>
    </message>
    <message>
        <source>Tambah Data Periode</source>
        <translation>Add period data</translation>
    </message>
    <message>
        <source>Periode data yang ditambahkan ke &apos;{name}&apos; (mis. 2024-04, 2024-Q2, 2024-S1, 2024):</source>
        <translation>Period of the data added to &apos;{name}&apos; (e.g. 2024-04, 2024-Q2, 2024-S1, 2024):</translation>
    </message>
    <message>
        <source>Data periode {period}</source>
        <translation>Data of {period}</translation>
    </message>
    <message>
        <source>Lembar kerja (*.xlsx *.xlsm *.xls *.ods *.csv)</source>
        <translation>Spreadsheets (*.xlsx *.xlsm *.xls *.ods *.csv)</translation>
    </message>
    <message>
        <source>Tambah Data Periode {period} — {name}</source>
        <translation>Add period data {period} — {name}</translation>
    </message>
    <message>
        <source>Impor seri: satu lembar per periode</source>
        <translation>Import a series: one sheet per period</translation>
    </message>
    <message>
        <source>Buku kerja (*.xlsx *.xlsm *.xls *.ods)</source>
        <translation>Workbooks (*.xlsx *.xlsm *.xls *.ods)</translation>
    </message>
    <message>
        <source>Membaca lembar {sheet} …</source>
        <translation>Reading sheet {sheet} …</translation>
    </message>
    <message>
        <source>Menyimpan seri …</source>
        <translation>Saving the series …</translation>
    </message>
    <message>
        <source>Seri &apos;{name}&apos; dibuat: {rows} baris, {periods} periode, {skipped} baris bermasalah dilewati.</source>
        <translation>Series &apos;{name}&apos; created: {rows} rows, {periods} periods, {skipped} rows with problems skipped.</translation>
    </message>
    <message>
        <source>Impor Seri per Lembar</source>
        <translation>Import series by sheet</translation>
    </message>
    <message>
        <source>Hapus Draf</source>
        <translation>Delete draft</translation>
    </message>
    <message>
        <source>Hapus &apos;{name}&apos; ke Sampah? Draf dapat dipulihkan selama 30 hari.

Alasan:</source>
        <translation>Move &apos;{name}&apos; to the trash? The draft can be restored for 30 days.

Reason:</translation>
    </message>
    <message>
        <source>Draf dipindah ke Sampah (dapat dipulihkan 30 hari).</source>
        <translation>Draft moved to the trash (restorable for 30 days).</translation>
    </message>
</context>
<context>
    <name>PresentTab</name>
    <message>
        <source>Penyajian</source>
        <translation>Presentation</translation>
    </message>
    <message>
        <source>Menyajikan data secara cepat, mudah diakses dan valid, dengan telp/fax</source>
        <translation>Presenting valid data quickly and accessibly, with phone/fax contacts</translation>
    </message>
    <message>
        <source>Sajikan di Katalog Data</source>
        <translation>Present in data catalogue</translation>
    </message>
    <message>
        <source>Mode Papan Informasi</source>
        <translation>Info-board mode</translation>
    </message>
    <message>
        <source>Ekspor Katalog Offline…</source>
        <translation>Export Offline Catalogue…</translation>
    </message>
    <message>
        <source>Ubah Metadata…</source>
        <translation>Edit metadata…</translation>
    </message>
    <message>
        <source>Buat Revisi…</source>
        <translation>New revision…</translation>
    </message>
    <message>
        <source>Tarik dari Katalog…</source>
        <translation>Withdraw from catalogue…</translation>
    </message>
    <message>
        <source>Kembalikan ke Katalog</source>
        <translation>Put back in catalogue</translation>
    </message>
    <message>
        <source>Cari judul, kelompok, periode, kata kunci …</source>
        <translation>Search title, group, period, keyword …</translation>
    </message>
    <message>
        <source>Semua kelompok</source>
        <translation>All groups</translation>
    </message>
    <message>
        <source>Semua periode</source>
        <translation>All periods</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Keluaran dan Grafik</source>
        <translation>Outputs and Charts</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;{office}&lt;/b&gt;&lt;br&gt;{address}&lt;br&gt;Telp. {phone} · Faks. {fax}&lt;br&gt;E-mail: {email} · Laman: {web}&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;{office}&lt;/b&gt;&lt;br&gt;{address}&lt;br&gt;Tel. {phone} · Fax {fax}&lt;br&gt;Email: {email} · Website: {web}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Katalog Data masih kosong.</source>
        <translation>The data catalogue is still empty.</translation>
    </message>
    <message>
        <source>Ada di Katalog Data.</source>
        <translation>In the data catalogue.</translation>
    </message>
    <message>
        <source>Belum disajikan di Katalog Data.</source>
        <translation>Not yet in the data catalogue.</translation>
    </message>
    <message>
        <source>Konfirmasi terakhir: {when}, {source} (melalui {channel}).</source>
        <translation>Last confirmation: {when}, {source} (by {channel}).</translation>
    </message>
    <message>
        <source>Belum ada Konfirmasi Data.</source>
        <translation>No source confirmation yet.</translation>
    </message>
    <message>
        <source>&lt;br&gt;Produsen: {producer} · Frekuensi: {frequency} · Kata kunci: {keywords}</source>
        <translation>&lt;br&gt;Producer: {producer} · Frequency: {frequency} · Keywords: {keywords}</translation>
    </message>
    <message>
        <source>Belum ada Keluaran di Katalog Data untuk ditampilkan.</source>
        <translation>There are no outputs in the data catalogue to show yet.</translation>
    </message>
    <message>
        <source>Simpan Katalog Data offline ke folder</source>
        <translation>Save the offline data catalogue to a folder</translation>
    </message>
    <message>
        <source>Menyusun Katalog Data offline …</source>
        <translation>Building the offline data catalogue …</translation>
    </message>
    <message>
        <source>Katalog Data offline dibuat: {path}</source>
        <translation>Offline data catalogue created: {path}</translation>
    </message>
    <message>
        <source>Ekspor Katalog Offline</source>
        <translation>Export Offline Catalogue</translation>
    </message>
    <message>
        <source>Metadata diperbarui dan dicatat sebagai revisi metadata.</source>
        <translation>Metadata updated and logged as a metadata revision.</translation>
    </message>
    <message>
        <source>Tarik dari Katalog Data</source>
        <translation>Withdraw from the data catalogue</translation>
    </message>
    <message>
        <source>Tarik &apos;{name}&apos; dari Katalog Data? Kumpulan Data dapat dikembalikan kapan saja.

Alasan:</source>
        <translation>Withdraw &apos;{name}&apos; from the data catalogue? The dataset can be put back at any time.

Reason:</translation>
    </message>
    <message>
        <source>Kumpulan Data ditarik dari Katalog Data.</source>
        <translation>Dataset withdrawn from the data catalogue.</translation>
    </message>
    <message>
        <source>Kumpulan Data dikembalikan ke Katalog Data.</source>
        <translation>Dataset put back in the data catalogue.</translation>
    </message>
    <message>
        <source>Kumpulan Data disajikan di Katalog Data.</source>
        <translation>Dataset presented in the data catalogue.</translation>
    </message>
</context>
<context>
    <name>ProcessTab</name>
    <message>
        <source>Pengolahan</source>
        <translation>Processing</translation>
    </message>
    <message>
        <source>Rekapitulasi, kompilasi, tabulasi dan grafik sesuai kelompoknya</source>
        <translation>Recaps, compilations, tabulations and charts by group</translation>
    </message>
    <message>
        <source>Simpan Keluaran</source>
        <translation>Save output</translation>
    </message>
    <message>
        <source>Hitung</source>
        <translation>Calculate</translation>
    </message>
    <message>
        <source>Apa adanya</source>
        <translation>As recorded</translation>
    </message>
    <message>
        <source>Bulan</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Triwulan</source>
        <translation>Quarter</translation>
    </message>
    <message>
        <source>Semester</source>
        <translation>Semester</translation>
    </message>
    <message>
        <source>Tahun</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Batang</source>
        <translation>Bar</translation>
    </message>
    <message>
        <source>Batang bertumpuk</source>
        <translation>Stacked bar</translation>
    </message>
    <message>
        <source>Garis</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>Pai</source>
        <translation>Pie</translation>
    </message>
    <message>
        <source>Donat</source>
        <translation>Donut</translation>
    </message>
    <message>
        <source>Angka kunci</source>
        <translation>Key figure</translation>
    </message>
    <message>
        <source>Rekapitulasi…</source>
        <translation>Recap…</translation>
    </message>
    <message>
        <source>Ekspor Tabel…</source>
        <translation>Export table…</translation>
    </message>
    <message>
        <source>Ekspor Grafik…</source>
        <translation>Export chart…</translation>
    </message>
    <message>
        <source>Perbarui Keluaran</source>
        <translation>Update outputs</translation>
    </message>
    <message>
        <source>Buat Revisi…</source>
        <translation>New revision…</translation>
    </message>
    <message>
        <source>nilai yang disaring</source>
        <translation>value to keep</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>Subtotals</translation>
    </message>
    <message>
        <source>Perubahan dari periode sebelumnya</source>
        <translation>Change from the previous period</translation>
    </message>
    <message>
        <source>Arah otomatis</source>
        <translation>Automatic direction</translation>
    </message>
    <message>
        <source>Batang tegak</source>
        <translation>Vertical bars</translation>
    </message>
    <message>
        <source>Batang mendatar</source>
        <translation>Horizontal bars</translation>
    </message>
    <message>
        <source>Otomatis: batang mendatar bila label kategorinya panjang, agar label terbaca utuh.</source>
        <translation>Automatic: horizontal bars when the category labels are long, so that they read in full.</translation>
    </message>
    <message>
        <source>Kolom grafik</source>
        <translation>Chart columns</translation>
    </message>
    <message>
        <source>Kolom nilai yang digambar: satu batang atau satu garis per kolom (misalnya per triwulan).</source>
        <translation>The value columns drawn: one bar or one line per column (per quarter, for example).</translation>
    </message>
    <message>
        <source>Kumulatif tahun berjalan</source>
        <translation>Year to date</translation>
    </message>
    <message>
        <source>mis. 2024-01</source>
        <translation>e.g. 2024-01</translation>
    </message>
    <message>
        <source>mis. 2024-12</source>
        <translation>e.g. 2024-12</translation>
    </message>
    <message>
        <source>Baris</source>
        <translation>Rows</translation>
    </message>
    <message>
        <source>Kolom</source>
        <translation>Columns</translation>
    </message>
    <message>
        <source>Nilai</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Fungsi</source>
        <translation>Function</translation>
    </message>
    <message>
        <source>Periode per</source>
        <translation>Periods by</translation>
    </message>
    <message>
        <source>Saring kolom</source>
        <translation>Filter column</translation>
    </message>
    <message>
        <source>sama dengan</source>
        <translation>equal to</translation>
    </message>
    <message>
        <source>Grafik</source>
        <translation>Chart</translation>
    </message>
    <message>
        <source>Periode dari</source>
        <translation>Periods from</translation>
    </message>
    <message>
        <source>s.d.</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Narasi otomatis (dapat diubah)</source>
        <translation>Automatic narrative (editable)</translation>
    </message>
    <message>
        <source>Tidak ada Kumpulan Data tervalidasi untuk diolah.</source>
        <translation>No validated datasets to process.</translation>
    </message>
    <message>
        <source>Keluaran tersimpan: {names}</source>
        <translation>Saved outputs: {names}</translation>
    </message>
    <message>
        <source>(tanpa)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>(banyaknya baris)</source>
        <translation>(number of rows)</translation>
    </message>
    <message>
        <source>Menghitung tabulasi atas {n} baris …</source>
        <translation>Tabulating {n} rows …</translation>
    </message>
    <message>
        <source>Tabulasi</source>
        <translation>Tabulation</translation>
    </message>
    <message>
        <source>Tidak ada nilai (tidak ada data)</source>
        <translation>No value (no data)</translation>
    </message>
    <message>
        <source>Nama Keluaran:</source>
        <translation>Output name:</translation>
    </message>
    <message>
        <source>Keluaran disimpan; siap disajikan di tab 4 Penyajian.</source>
        <translation>Output saved; ready to present in tab 4 Presentation.</translation>
    </message>
    <message>
        <source>Semua keluaran sudah memakai revisi data terbaru.</source>
        <translation>Every output already uses the latest revision of the data.</translation>
    </message>
    <message>
        <source>Data sudah direvisi. Perbarui keluaran berikut ke revisi terbaru?
{names}</source>
        <translation>Data revised. Update these outputs to the latest revision?
{names}</translation>
    </message>
    <message>
        <source>Keluaran diperbarui ke revisi terbaru.</source>
        <translation>Outputs updated to the latest revision.</translation>
    </message>
    <message>
        <source>Rekapitulasi dibuat sebagai Kumpulan Data draf di tab 1 Persiapan.</source>
        <translation>Recap created as a draft dataset in tab 1 Preparation.</translation>
    </message>
    <message>
        <source>Ekspor Tabel</source>
        <translation>Export table</translation>
    </message>
    <message>
        <source>Excel (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Tabel diekspor: {path}</source>
        <translation>Table exported: {path}</translation>
    </message>
    <message>
        <source>Ekspor Grafik</source>
        <translation>Export chart</translation>
    </message>
    <message>
        <source>Gambar PNG (*.png);;Vektor SVG (*.svg)</source>
        <translation>PNG image (*.png);;SVG vector (*.svg)</translation>
    </message>
    <message>
        <source>Ukuran gambar</source>
        <translation>Image size</translation>
    </message>
    <message>
        <source>Ukuran:</source>
        <translation>Size:</translation>
    </message>
    <message>
        <source>Media sosial 1080×1080</source>
        <translation>Social media 1080×1080</translation>
    </message>
    <message>
        <source>Cetak A4</source>
        <translation>Print A4</translation>
    </message>
    <message>
        <source>Cetak A3</source>
        <translation>Print A3</translation>
    </message>
    <message>
        <source>Grafik diekspor: {path}</source>
        <translation>Chart exported: {path}</translation>
    </message>
</context>
<context>
    <name>ProgrammeForm</name>
    <message>
        <source>(tanpa tahun)</source>
        <translation>(no year)</translation>
    </message>
    <message>
        <source>(belum ditentukan)</source>
        <translation>(not set)</translation>
    </message>
    <message>
        <source>Kode:</source>
        <translation>Code:</translation>
    </message>
    <message>
        <source>Nama:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Tahun anggaran:</source>
        <translation>Budget year:</translation>
    </message>
    <message>
        <source>Penanggung jawab:</source>
        <translation>Responsible person:</translation>
    </message>
</context>
<context>
    <name>ProgrammesDialog</name>
    <message>
        <source>Program dan Kegiatan</source>
        <translation>Programmes and activities</translation>
    </message>
    <message>
        <source>Kode dan nama</source>
        <translation>Code and name</translation>
    </message>
    <message>
        <source>Tahun</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Penanggung jawab</source>
        <translation>Responsible person</translation>
    </message>
    <message>
        <source>Kumpulan Data</source>
        <translation>Datasets</translation>
    </message>
    <message>
        <source>Tambah Program…</source>
        <translation>Add programme…</translation>
    </message>
    <message>
        <source>Tambah Kegiatan…</source>
        <translation>Add activity…</translation>
    </message>
    <message>
        <source>Ubah…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Hapus</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Kaitkan Kumpulan Data…</source>
        <translation>Link a dataset…</translation>
    </message>
    <message>
        <source>Impor dari Lembar Kerja…</source>
        <translation>Import from a spreadsheet…</translation>
    </message>
    <message>
        <source>Hanya Kasubag Program, Sekretaris atau Kepala Dinas yang merencanakan Program dan Kegiatan.</source>
        <translation>Only the Head of Programme, the Secretary or the Head of Office plan programmes and activities.</translation>
    </message>
    <message>
        <source>Program Baru</source>
        <translation>New programme</translation>
    </message>
    <message>
        <source>Program ditambah.</source>
        <translation>Programme added.</translation>
    </message>
    <message>
        <source>Pilih Program tempat Kegiatan ini.</source>
        <translation>Select the programme this activity belongs to.</translation>
    </message>
    <message>
        <source>Kegiatan Baru</source>
        <translation>New activity</translation>
    </message>
    <message>
        <source>Kegiatan ditambah.</source>
        <translation>Activity added.</translation>
    </message>
    <message>
        <source>Ubah {what}</source>
        <translation>Edit {what}</translation>
    </message>
    <message>
        <source>Perubahan disimpan.</source>
        <translation>Changes saved.</translation>
    </message>
    <message>
        <source>Hapus {what}?</source>
        <translation>Delete {what}?</translation>
    </message>
    <message>
        <source>Dihapus.</source>
        <translation>Deleted.</translation>
    </message>
    <message>
        <source>Pilih Kegiatan yang dilayani Kumpulan Data itu.</source>
        <translation>Select the activity the dataset serves.</translation>
    </message>
    <message>
        <source>Kaitkan Kumpulan Data</source>
        <translation>Link a dataset</translation>
    </message>
    <message>
        <source>Kumpulan Data untuk Kegiatan ini:</source>
        <translation>Dataset for this activity:</translation>
    </message>
    <message>
        <source>Kumpulan Data dikaitkan dengan Kegiatan.</source>
        <translation>Dataset linked to the activity.</translation>
    </message>
    <message>
        <source>Impor Program dan Kegiatan</source>
        <translation>Import programmes and activities</translation>
    </message>
    <message>
        <source>Lembar kerja (*.xlsx *.xlsm *.xls *.ods *.csv)</source>
        <translation>Spreadsheets (*.xlsx *.xlsm *.xls *.ods *.csv)</translation>
    </message>
    <message>
        <source>{programmes} Program dan {activities} Kegiatan ditambah, {updated} diperbarui.</source>
        <translation>{programmes} programmes and {activities} activities added, {updated} updated.</translation>
    </message>
</context>
<context>
    <name>Prompts</name>
    <message>
        <source>&apos;{name}&apos; sudah ada (keluaran PADI sebelumnya). Ganti dengan yang baru?</source>
        <translation>&apos;{name}&apos; already exists (an earlier PADI output). Replace it with the new one?</translation>
    </message>
</context>
<context>
    <name>PublicationTab</name>
    <message>
        <source>Pilih publikasi di daftar untuk membukanya.</source>
        <translation>Choose a publication in the list to open it.</translation>
    </message>
    <message>
        <source>{title} ⚠ Data sudah direvisi</source>
        <translation>{title} ⚠ Data revised</translation>
    </message>
    <message>
        <source>Bagian &quot;{heading}&quot;: dibuat dari revisi {old} &quot;{dataset}&quot;; sekarang revisi {new} yang berlaku.</source>
        <translation>Section &quot;{heading}&quot;: made from revision {old} of &quot;{dataset}&quot;; revision {new} is now current.</translation>
    </message>
    <message>
        <source>Data sudah direvisi.</source>
        <translation>Data revised.</translation>
    </message>
    <message>
        <source>Pilih Perbarui Data untuk membuat versi baru dengan data revisi; versi baru diajukan dan disetujui lagi.</source>
        <translation>Choose Update data to make a new version with the revised data; the new version is submitted and approved again.</translation>
    </message>
    <message>
        <source>Perbarui Data</source>
        <translation>Update data</translation>
    </message>
    <message>
        <source>Buat versi baru &apos;{title}&apos; dengan data revisi? Versi baru perlu diajukan dan disetujui Kepala Dinas lagi.</source>
        <translation>Make a new version of &apos;{title}&apos; with the revised data? The new version must be submitted and approved by the head of office again.</translation>
    </message>
    <message>
        <source>Versi baru dengan data revisi dibuat di tab 5 Pengajuan; ajukan untuk disetujui lagi.</source>
        <translation>New version with the revised data made in tab 5 Submission; submit it for approval again.</translation>
    </message>
    <message>
        <source>Data publikasi ini tidak direvisi sejak disusun.</source>
        <translation>This publication&apos;s data has not been revised since it was composed.</translation>
    </message>
    <message>
        <source>Tidak ada publikasi pada tahap ini.</source>
        <translation>No publications at this stage.</translation>
    </message>
    <message>
        <source>Versi {v} · Penyusun: {author} · Hash: {hash}</source>
        <translation>Version {v} · Author: {author} · Hash: {hash}</translation>
    </message>
    <message>
        <source>Catatan pengajuan: {note}</source>
        <translation>Submission note: {note}</translation>
    </message>
    <message>
        <source>Disetujui</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>Dikembalikan</source>
        <translation>Returned</translation>
    </message>
    <message>
        <source>{word} oleh {who} ({title}), {when}, versi {v}</source>
        <translation>{word} by {who} ({title}), {when}, version {v}</translation>
    </message>
    <message>
        <source>Sumber: {source}</source>
        <translation>Source: {source}</translation>
    </message>
    <message>
        <source>Catatan: {note}</source>
        <translation>Note: {note}</translation>
    </message>
</context>
<context>
    <name>PublishTab</name>
    <message>
        <source>&lt;b&gt;Daftar Distribusi&lt;/b&gt;</source>
        <translation>&lt;b&gt;Distribution register&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Saluran</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Eksemplar</source>
        <translation>Copies</translation>
    </message>
    <message>
        <source>Tujuan / tautan</source>
        <translation>Recipient / link</translation>
    </message>
    <message>
        <source>Versi</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Dicatat oleh</source>
        <translation>Recorded by</translation>
    </message>
    <message>
        <source>Publikasi</source>
        <translation>Publication</translation>
    </message>
    <message>
        <source>Menyediakan dan menyajikan barang publikasi lewat cetakan dan internet</source>
        <translation>Providing and presenting publications in print and on the internet</translation>
    </message>
    <message>
        <source>Terbitkan PDF</source>
        <translation>Publish PDF</translation>
    </message>
    <message>
        <source>Cetak...</source>
        <translation>Print...</translation>
    </message>
    <message>
        <source>Lembar Persetujuan</source>
        <translation>Approval sheet</translation>
    </message>
    <message>
        <source>Paket Internet</source>
        <translation>Internet package</translation>
    </message>
    <message>
        <source>Catat Distribusi</source>
        <translation>Record distribution</translation>
    </message>
    <message>
        <source>Simpan PDF ke folder</source>
        <translation>Save PDF to folder</translation>
    </message>
    <message>
        <source>Menyusun PDF versi yang disetujui …</source>
        <translation>Building the PDF of the approved version …</translation>
    </message>
    <message>
        <source>PDF diterbitkan: {path}</source>
        <translation>PDF published: {path}</translation>
    </message>
    <message>
        <source>Tidak dapat dicetak</source>
        <translation>Cannot print</translation>
    </message>
    <message>
        <source>Publikasi dikirim ke pencetak.</source>
        <translation>Publication sent to the printer.</translation>
    </message>
    <message>
        <source>Simpan Lembar Persetujuan</source>
        <translation>Save approval sheet</translation>
    </message>
    <message>
        <source>Berkas PDF (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Lembar Persetujuan disimpan: {path}</source>
        <translation>Approval sheet saved: {path}</translation>
    </message>
    <message>
        <source>Simpan Paket Internet ke folder</source>
        <translation>Save the internet package to a folder</translation>
    </message>
    <message>
        <source>Alamat situs tempat paket ini akan diunggah (untuk data.json; boleh kosong):</source>
        <translation>Address of the website this package will be uploaded to (for data.json; may be left empty):</translation>
    </message>
    <message>
        <source>Menyusun Paket Internet …</source>
        <translation>Building the internet package …</translation>
    </message>
    <message>
        <source>Paket Internet disimpan: {path}</source>
        <translation>Internet package saved: {path}</translation>
    </message>
    <message>
        <source>(data.json memakai nama berkas relatif)</source>
        <translation>(data.json uses relative file names)</translation>
    </message>
    <message>
        <source>Distribusi dicatat.</source>
        <translation>Distribution recorded.</translation>
    </message>
</context>
<context>
    <name>RecapDialog</name>
    <message>
        <source>Rekapitulasi</source>
        <translation>Recap</translation>
    </message>
    <message>
        <source>Gabungkan Kumpulan Data yang kolomnya sama (mis. dua belas lembar bulanan menjadi satu tahun, atau laporan beberapa perangkat daerah menjadi satu tabel). Baris disusun menurut urutan Anda mencentang. Hasilnya Kumpulan Data draf baru di tab 1 Persiapan; sumber tiap baris dicatat di satu kolom.</source>
        <translation>Combine datasets that have the same columns (e.g. twelve monthly sheets into one year, or reports from several regional agencies into one table). Rows are stacked in the order you tick the datasets. The result is a new draft dataset in tab 1 Preparation; the source of each row is recorded in one column.</translation>
    </message>
    <message>
        <source>{name} · {state} · {rows} baris</source>
        <translation>{name} · {state} · {rows} row(s)</translation>
    </message>
    <message>
        <source>Sumber</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Nama Kumpulan Data baru:</source>
        <translation>New dataset name:</translation>
    </message>
    <message>
        <source>Kolom sumber:</source>
        <translation>Source column:</translation>
    </message>
    <message>
        <source>Buat Rekapitulasi</source>
        <translation>Create recap</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Laporan Pelaksanaan Pengelolaan Data dan Informasi</source>
        <translation>Data and Information Management implementation report</translation>
    </message>
    <message>
        <source>Seluruh pegawai</source>
        <translation>All employees</translation>
    </message>
    <message>
        <source>Buku kerja Excel (XLSX)</source>
        <translation>Excel workbook (XLSX)</translation>
    </message>
    <message>
        <source>Bahan e-Kinerja per pegawai (XLSX)</source>
        <translation>e-Kinerja material per employee (XLSX)</translation>
    </message>
    <message>
        <source>Dari tanggal</source>
        <translation>From date</translation>
    </message>
    <message>
        <source>Sampai tanggal</source>
        <translation>To date</translation>
    </message>
    <message>
        <source>Pegawai</source>
        <translation>Employee</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Kegiatan SOP pegawai itu per hari (tanggal, langkah, item, output, waktu kerja) untuk disalin ke e-Kinerja. Pilih pegawainya.</source>
        <translation>The employee&apos;s SOP activities day by day (date, step, item, output, work time) to copy into e-Kinerja. Choose the employee.</translation>
    </message>
</context>
<context>
    <name>ReviewTab</name>
    <message>
        <source>Persetujuan</source>
        <translation>Approval</translation>
    </message>
    <message>
        <source>Mencermati dan menganalisa data; setujui, atau kembalikan untuk diperbaiki</source>
        <translation>Examining and analysing the data; approve, or return for revision</translation>
    </message>
    <message>
        <source>Halaman</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>Perubahan</source>
        <translation>Changes</translation>
    </message>
    <message>
        <source>&lt;b&gt;Catatan Perbaikan&lt;/b&gt;</source>
        <translation>&lt;b&gt;Revision notes&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Untuk bagian:</source>
        <translation>For section:</translation>
    </message>
    <message>
        <source>Tambah Catatan</source>
        <translation>Add note</translation>
    </message>
    <message>
        <source>Hapus Catatan</source>
        <translation>Remove note</translation>
    </message>
    <message>
        <source>Umum (seluruh publikasi)</source>
        <translation>General (whole publication)</translation>
    </message>
    <message>
        <source>Bagian {n}</source>
        <translation>Section {n}</translation>
    </message>
    <message>
        <source>Kembalikan</source>
        <translation>Return</translation>
    </message>
    <message>
        <source>Setujui</source>
        <translation>Approve</translation>
    </message>
    <message>
        <source>Tambahkan minimal satu Catatan Perbaikan terlebih dahulu.</source>
        <translation>Add at least one revision note first.</translation>
    </message>
    <message>
        <source>Bagian {n}: {heading}</source>
        <translation>Section {n}: {heading}</translation>
    </message>
    <message>
        <source>Versi {v} · sidik isi yang ditinjau: {hash}</source>
        <translation>Version {v} · fingerprint of the reviewed content: {hash}</translation>
    </message>
    <message>
        <source>Perubahan ({n})</source>
        <translation>Changes ({n})</translation>
    </message>
    <message>
        <source>Halaman tidak dapat dibuat: {err}</source>
        <translation>The pages cannot be made: {err}</translation>
    </message>
    <message>
        <source>Setujui &apos;{title}&apos; versi {v}?

Sidik isi yang disetujui: {hash}
Persetujuan terikat pada isi ini; perubahan sesudahnya membatalkannya.</source>
        <translation>Approve &apos;{title}&apos; version {v}?

Fingerprint of the approved content: {hash}
The approval is bound to this content; any later change voids it.</translation>
    </message>
    <message>
        <source>Publikasi disetujui dan dicatat.</source>
        <translation>Publication approved and recorded.</translation>
    </message>
    <message>
        <source>Kembalikan &apos;{title}&apos; ke penyusun dengan {n} Catatan Perbaikan?</source>
        <translation>Return &apos;{title}&apos; to its author with {n} revision note(s)?</translation>
    </message>
    <message>
        <source>(bagian baru)</source>
        <translation>(new section)</translation>
    </message>
    <message>
        <source>(bagian dihapus)</source>
        <translation>(section removed)</translation>
    </message>
    <message>
        <source>Angka tabel yang berubah</source>
        <translation>Changed table figures</translation>
    </message>
    <message>
        <source>Nilai grafik yang berubah</source>
        <translation>Changed chart values</translation>
    </message>
    <message>
        <source>Ini pengajuan pertama; belum ada versi yang dikembalikan untuk dibandingkan.</source>
        <translation>This is the first submission; there is no returned version to compare with yet.</translation>
    </message>
    <message>
        <source>Perubahan sejak versi {old} yang dikembalikan (kiri) ke versi {new} (kanan)</source>
        <translation>Changes from returned version {old} (left) to version {new} (right)</translation>
    </message>
    <message>
        <source>Catatan Perbaikan Anda:</source>
        <translation>Your revision notes:</translation>
    </message>
    <message>
        <source>Judul</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Tidak ada perubahan isi.</source>
        <translation>No changes to the content.</translation>
    </message>
    <message>
        <source>Versi {v}</source>
        <translation>Version {v}</translation>
    </message>
    <message>
        <source>Apa yang harus diperbaiki?</source>
        <translation>What needs to be revised?</translation>
    </message>
    <message>
        <source>Publikasi dikembalikan dengan Catatan Perbaikan.</source>
        <translation>Publication returned with a revision note.</translation>
    </message>
</context>
<context>
    <name>RevisionDiff</name>
    <message>
        <source>(kosong)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>Perubahan Antar-Revisi</source>
        <translation>Changes between revisions</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt;</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Revisi {n} · {state}</source>
        <translation>Revision {n} · {state}</translation>
    </message>
    <message>
        <source>tampil di Katalog Data</source>
        <translation>in the data catalogue</translation>
    </message>
    <message>
        <source>Dari:</source>
        <translation>From:</translation>
    </message>
    <message>
        <source>Ke:</source>
        <translation>To:</translation>
    </message>
    <message>
        <source>Perubahan</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Di mana</source>
        <translation>Where</translation>
    </message>
    <message>
        <source>Sebelum</source>
        <translation>Before</translation>
    </message>
    <message>
        <source>Sesudah</source>
        <translation>After</translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation>Metadata</translation>
    </message>
    <message>
        <source>Kolom ditambah</source>
        <translation>Column added</translation>
    </message>
    <message>
        <source>Kolom dihapus</source>
        <translation>Column removed</translation>
    </message>
    <message>
        <source>Tipe kolom diubah</source>
        <translation>Column type changed</translation>
    </message>
    <message>
        <source>Sel diubah</source>
        <translation>Cell changed</translation>
    </message>
    <message>
        <source>Baris ditambah</source>
        <translation>Row added</translation>
    </message>
    <message>
        <source>Baris dihapus</source>
        <translation>Row deleted</translation>
    </message>
    <message>
        <source>Revisi {a} dan revisi {b} sama: tidak ada perubahan.</source>
        <translation>Revision {a} and revision {b} are the same: no changes.</translation>
    </message>
    <message>
        <source>Dari revisi {a} ke revisi {b}: {cells} sel berubah, {added} baris ditambah, {removed} baris dihapus, {columns} perubahan kolom, {meta} perubahan metadata. Baris dicocokkan menurut: {keys}.</source>
        <translation>From revision {a} to revision {b}: {cells} cells changed, {added} rows added, {removed} rows deleted, {columns} column changes, {meta} metadata changes. Rows matched by: {keys}.</translation>
    </message>
    <message>
        <source>urutan baris</source>
        <translation>row order</translation>
    </message>
</context>
<context>
    <name>RichTextEdit</name>
    <message>
        <source>T</source>
        <translation>B</translation>
    </message>
    <message>
        <source>Tebal (Ctrl+B)</source>
        <translation>Bold (Ctrl+B)</translation>
    </message>
    <message>
        <source>M</source>
        <translation>I</translation>
    </message>
    <message>
        <source>Miring (Ctrl+I)</source>
        <translation>Italic (Ctrl+I)</translation>
    </message>
    <message>
        <source>Judul 1</source>
        <translation>Heading 1</translation>
    </message>
    <message>
        <source>Judul besar</source>
        <translation>Large heading</translation>
    </message>
    <message>
        <source>Judul 2</source>
        <translation>Heading 2</translation>
    </message>
    <message>
        <source>Subjudul</source>
        <translation>Subheading</translation>
    </message>
    <message>
        <source>Paragraf</source>
        <translation>Paragraph</translation>
    </message>
    <message>
        <source>Paragraf biasa</source>
        <translation>Normal paragraph</translation>
    </message>
    <message>
        <source>• Butir</source>
        <translation>• Bullet</translation>
    </message>
    <message>
        <source>Daftar berbutir</source>
        <translation>Bulleted list</translation>
    </message>
    <message>
        <source>1. Nomor</source>
        <translation>1. Number</translation>
    </message>
    <message>
        <source>Daftar bernomor</source>
        <translation>Numbered list</translation>
    </message>
</context>
<context>
    <name>RoleDialog</name>
    <message>
        <source>Ubah Peran</source>
        <translation>Change Role</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Peran Kepala Dinas atau Sekretaris dan status administrator berlaku setelah dikonfirmasi Kepala Dinas.</source>
        <translation>The Head of office or Secretary role and the administrator status take effect once the Head of office confirms them.</translation>
    </message>
    <message>
        <source>Peran</source>
        <translation>Role</translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <source>Kumpulan Data</source>
        <translation>Dataset</translation>
    </message>
    <message>
        <source>Publikasi</source>
        <translation>Publication</translation>
    </message>
    <message>
        <source>Cari data atau publikasi… (Ctrl+F)</source>
        <translation>Search data or publications… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Cari Kumpulan Data atau Publikasi menurut judul, kelompok atau sumber</source>
        <translation>Find a Dataset or Publication by title, group or source</translation>
    </message>
    <message>
        <source>{title} — {kind}, langkah {step}</source>
        <translation>{title} — {kind}, step {step}</translation>
    </message>
    <message>
        <source>Tidak ada data atau publikasi yang cocok dengan “{text}”.</source>
        <translation>No data or publication matches “{text}”.</translation>
    </message>
</context>
<context>
    <name>SettingsTab</name>
    <message>
        <source>Komputer ini</source>
        <translation>This computer</translation>
    </message>
    <message>
        <source>Bahasa tampilan</source>
        <translation>Display language</translation>
    </message>
    <message>
        <source>Ikuti sistem</source>
        <translation>Follow system</translation>
    </message>
    <message>
        <source>Terang</source>
        <translation>Light</translation>
    </message>
    <message>
        <source>Gelap</source>
        <translation>Dark</translation>
    </message>
    <message>
        <source>Tema tampilan</source>
        <translation>Theme</translation>
    </message>
    <message>
        <source>Profil kantor</source>
        <translation>Office profile</translation>
    </message>
    <message>
        <source>Ubah Profil Kantor</source>
        <translation>Edit office profile</translation>
    </message>
    <message>
        <source>Kalender kerja (Waktu Baku dihitung dalam jam kerja)</source>
        <translation>Work calendar (standard times are counted in working hours)</translation>
    </message>
    <message>
        <source>Ubah Kalender Kerja</source>
        <translation>Edit work calendar</translation>
    </message>
    <message>
        <source>Ubah Waktu Kerja dan Tunggu</source>
        <translation>Change Work and Waiting Time</translation>
    </message>
    <message>
        <source>Pengguna dan peran</source>
        <translation>Users and roles</translation>
    </message>
    <message>
        <source>Tambah Pengguna</source>
        <translation>Add user</translation>
    </message>
    <message>
        <source>Aktifkan/Nonaktifkan</source>
        <translation>Activate/deactivate</translation>
    </message>
    <message>
        <source>Ubah Peran</source>
        <translation>Change Role</translation>
    </message>
    <message>
        <source>Atur Ulang Kata Sandi</source>
        <translation>Reset password</translation>
    </message>
    <message>
        <source>Tunjuk Plt. Kepala Dinas</source>
        <translation>Appoint acting head</translation>
    </message>
    <message>
        <source>Ganti Kata Sandi Saya</source>
        <translation>Change my password</translation>
    </message>
    <message>
        <source>Perubahan peran menunggu konfirmasi Kepala Dinas</source>
        <translation>Role changes awaiting the Head of office&apos;s confirmation</translation>
    </message>
    <message>
        <source>Konfirmasi Perubahan Peran</source>
        <translation>Confirm Role Change</translation>
    </message>
    <message>
        <source>Tolak</source>
        <translation>Reject</translation>
    </message>
    <message>
        <source>Kunci layar setelah tidak aktif selama</source>
        <translation>Lock the screen after being idle for</translation>
    </message>
    <message>
        <source> menit</source>
        <translation> minutes</translation>
    </message>
    <message>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Telp. {phone} · Faks. {fax} · E-mail {email} · Laman {web}</source>
        <translation>Tel. {phone} · Fax {fax} · Email {email} · Website {web}</translation>
    </message>
    <message>
        <source>Kepala Dinas: {name}, NIP. {nip}</source>
        <translation>Head of office: {name}, NIP {nip}</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>administrator</translation>
    </message>
    <message>
        <source>nonaktif</source>
        <translation>inactive</translation>
    </message>
    <message>
        <source>menunggu konfirmasi peran</source>
        <translation>role change awaiting confirmation</translation>
    </message>
    <message>
        <source>Plt.: {name}, {start} s.d. {end}</source>
        <translation>Acting head: {name}, {start} to {end}</translation>
    </message>
    <message>
        <source>Pengaturan</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>{name} ({user}): {now} → {wanted}; diajukan {who}, {when}</source>
        <translation>{name} ({user}): {now} → {wanted}; requested by {who}, {when}</translation>
    </message>
    <message>
        <source>Hanya Kepala Dinas yang dapat mengonfirmasi atau menolak perubahan peran.</source>
        <translation>Only the Head of office can confirm or reject a role change.</translation>
    </message>
    <message>
        <source>Perubahan peran dikonfirmasi dan dicatat.</source>
        <translation>Role change confirmed and logged.</translation>
    </message>
    <message>
        <source>Perubahan peran ditolak dan dicatat.</source>
        <translation>Role change rejected and logged.</translation>
    </message>
    <message>
        <source>Peran diubah.</source>
        <translation>Role changed.</translation>
    </message>
    <message>
        <source>Perubahan peran menunggu konfirmasi Kepala Dinas.</source>
        <translation>The role change awaits the Head of office&apos;s confirmation.</translation>
    </message>
    <message>
        <source>Profil kantor disimpan.</source>
        <translation>Office profile saved.</translation>
    </message>
    <message>
        <source>Pengguna ditambahkan.</source>
        <translation>User added.</translation>
    </message>
    <message>
        <source>Pengguna ditambahkan sebagai {role}; peran yang diminta menunggu konfirmasi Kepala Dinas.</source>
        <translation>User added as {role}; the role asked for awaits the Head of office&apos;s confirmation.</translation>
    </message>
    <message>
        <source>Status pengguna diubah.</source>
        <translation>User status changed.</translation>
    </message>
    <message>
        <source>Batas waktu kunci layar disimpan.</source>
        <translation>Screen lock timeout saved.</translation>
    </message>
    <message>
        <source>Hak akses peran disimpan dan dicatat.</source>
        <translation>Role permissions saved and logged.</translation>
    </message>
    <message>
        <source>Format nomor surat disimpan.</source>
        <translation>Letter number format saved.</translation>
    </message>
    <message>
        <source>Pengguna harus mengganti kata sandi ini saat masuk berikutnya. Penguncian akun karena salah kata sandi ikut dibuka.</source>
        <translation>The user must change this password at the next login. Any lock on the account from wrong passwords is lifted as well.</translation>
    </message>
    <message>
        <source>Kata sandi diatur ulang.</source>
        <translation>Password reset.</translation>
    </message>
    <message>
        <source>Ganti Kata Sandi</source>
        <translation>Change password</translation>
    </message>
    <message>
        <source>Kata sandi diganti.</source>
        <translation>Password changed.</translation>
    </message>
    <message>
        <source>Plt. Kepala Dinas ditunjuk.</source>
        <translation>Acting head appointed.</translation>
    </message>
    <message>
        <source>Sen</source>
        <translation>Mon</translation>
    </message>
    <message>
        <source>Sel</source>
        <translation>Tue</translation>
    </message>
    <message>
        <source>Rab</source>
        <translation>Wed</translation>
    </message>
    <message>
        <source>Kam</source>
        <translation>Thu</translation>
    </message>
    <message>
        <source>Jum</source>
        <translation>Fri</translation>
    </message>
    <message>
        <source>Sab</source>
        <translation>Sat</translation>
    </message>
    <message>
        <source>Min</source>
        <translation>Sun</translation>
    </message>
    <message>
        <source> (istirahat {start}–{end})</source>
        <translation> (break {start}–{end})</translation>
    </message>
    <message>
        <source>{n} hari libur dan cuti bersama ({years}); peringatan cadangan setelah {days} hari.</source>
        <translation>{n} holidays and collective leave days ({years}); backup warning after {days} days.</translation>
    </message>
    <message>
        <source>Waktu kerja dijeda setelah {idle} menit tidak aktif. Peringatan waktu tunggu (hari kerja) per langkah: {days}. Waktu tunggu tidak membuat langkah terlambat.</source>
        <translation>Work time pauses after {idle} idle minutes. Waiting warning (working days) per step: {days}. Waiting time never makes a step late.</translation>
    </message>
    <message>
        <source>Aturan waktu kerja dan tunggu disimpan.</source>
        <translation>Work and waiting time rules saved.</translation>
    </message>
    <message>
        <source>Kalender kerja disimpan.</source>
        <translation>Work calendar saved.</translation>
    </message>
    <message>
        <source>Bahasa baru berlaku saat PADI dibuka kembali.</source>
        <translation>The new language takes effect when PADI is next opened.</translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <source>Penyiapan Awal PADI</source>
        <translation>PADI first-time setup</translation>
    </message>
    <message>
        <source>Pemerintah</source>
        <translation>Government</translation>
    </message>
    <message>
        <source>Nama kantor</source>
        <translation>Office name</translation>
    </message>
    <message>
        <source>Singkatan</source>
        <translation>Short name</translation>
    </message>
    <message>
        <source>Alamat</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Telepon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Faks</source>
        <translation>Fax</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Laman</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Nama Kepala Dinas</source>
        <translation>Name of head of office</translation>
    </message>
    <message>
        <source>NIP Kepala Dinas</source>
        <translation>NIP of head of office</translation>
    </message>
    <message>
        <source>Nama pengguna administrator</source>
        <translation>Administrator user name</translation>
    </message>
    <message>
        <source>Nama lengkap administrator</source>
        <translation>Administrator full name</translation>
    </message>
    <message>
        <source>Kata sandi (min. 8 karakter)</source>
        <translation>Password (min. 8 characters)</translation>
    </message>
    <message>
        <source>Peran administrator</source>
        <translation>Administrator role</translation>
    </message>
</context>
<context>
    <name>SheetPeriodsDialog</name>
    <message>
        <source>Impor Seri per Lembar</source>
        <translation>Import series by sheet</translation>
    </message>
    <message>
        <source>Setiap lembar menjadi data satu periode seri. Periode dibaca dari nama lembar; perbaiki bila keliru, atau hilangkan centang lembar yang tidak diimpor.</source>
        <translation>Each sheet becomes the data of one period of the series. The period is read from the sheet&apos;s name; correct it if wrong, or untick sheets not to import.</translation>
    </message>
    <message>
        <source>Lembar</source>
        <translation>Sheet</translation>
    </message>
    <message>
        <source>Periode</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Nama seri:</source>
        <translation>Series name:</translation>
    </message>
    <message>
        <source>Impor</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Centang paling sedikit satu lembar.</source>
        <translation>Tick at least one sheet.</translation>
    </message>
    <message>
        <source>Periode lembar harus berbeda-beda dan sejenis (semua bulan, atau semua triwulan, …).</source>
        <translation>The sheets&apos; periods must differ and be of one kind (all months, or all quarters, …).</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Tabel data (Persiapan, Validasi, Penyajian, pratinjau impor)</source>
        <translation>Data table (Preparation, Validation, Presentation, import preview)</translation>
    </message>
    <message>
        <source>Penyunting teks bagian publikasi</source>
        <translation>Publication section text editor</translation>
    </message>
    <message>
        <source>Pratinjau PDF</source>
        <translation>PDF preview</translation>
    </message>
    <message>
        <source>Jendela Susun Publikasi</source>
        <translation>Compose Publication window</translation>
    </message>
    <message>
        <source>Tab {tab}</source>
        <translation>Tab {tab}</translation>
    </message>
    <message>
        <source>Seluruh jendela</source>
        <translation>Whole window</translation>
    </message>
    <message>
        <source>Seluruh program</source>
        <translation>Whole program</translation>
    </message>
    <message>
        <source>Pintasan Papan Ketik</source>
        <translation>Keyboard Shortcuts</translation>
    </message>
    <message>
        <source>Tombol pintas yang berlaku di PADI, menurut tempat berlakunya. Pintasan pada tab atau tabel hanya berlaku saat tab atau tabel itu tampil.</source>
        <translation>The shortcut keys of PADI, by where they work. Shortcuts of a tab or a table work only while that tab or table is shown.</translation>
    </message>
    <message>
        <source>Tindakan</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Tombol</source>
        <translation>Keys</translation>
    </message>
</context>
<context>
    <name>StageTab</name>
    <message>
        <source>&lt;b&gt;Langkah {n} — {name}.&lt;/b&gt; {desc}. {rule}</source>
        <translation>&lt;b&gt;Step {n} — {name}.&lt;/b&gt; {desc}. {rule}</translation>
    </message>
    <message>
        <source>Langkah 3 dinilai dari waktu tempuh: sejak data tervalidasi sampai keluaran pertama disimpan.</source>
        <translation>Step 3 is judged on its lead time: from validated data to the first output saved.</translation>
    </message>
    <message>
        <source>Lamanya pencadangan, dari mulai sampai terverifikasi.</source>
        <translation>How long the backup takes, from its start until it is verified.</translation>
    </message>
    <message>
        <source>Waktu kerja: selama item terbuka untuk dikerjakan di tab ini oleh pelaksana langkahnya. Waktu tunggu dihitung terpisah dan tidak membuat langkah terlambat.</source>
        <translation>Work time: while the item is open for work in this tab by the step&apos;s responsible person. Waiting time is counted apart and never makes a step late.</translation>
    </message>
    <message>
        <source>Lembar Kendali SOP…</source>
        <translation>SOP control sheet…</translation>
    </message>
    <message>
        <source>Jeda</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Mulai</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Hentikan sementara pencatatan waktu kerja Anda pada item ini.</source>
        <translation>Stop recording your work time on this item for now.</translation>
    </message>
    <message>
        <source>Catat waktu kerja Anda pada item ini mulai sekarang.</source>
        <translation>Record your work time on this item from now on.</translation>
    </message>
    <message>
        <source>Waktu kerja Anda pada item ini sedang dicatat.</source>
        <translation>Your work time on this item is being recorded.</translation>
    </message>
    <message>
        <source>Jeda: waktu kerja Anda pada item ini tidak dicatat.</source>
        <translation>Paused: your work time on this item is not recorded.</translation>
    </message>
    <message>
        <source>Tidak dapat dilanjutkan</source>
        <translation>Cannot continue</translation>
    </message>
    <message>
        <source>Dibatalkan; tidak ada yang diubah.</source>
        <translation>Cancelled; nothing was changed.</translation>
    </message>
    <message>
        <source>Terjadi kesalahan</source>
        <translation>Something went wrong</translation>
    </message>
    <message>
        <source>Pekerjaan gagal karena kesalahan tak terduga.</source>
        <translation>The work failed because of an unexpected error.</translation>
    </message>
    <message>
        <source>Pilih item terlebih dahulu.</source>
        <translation>Choose an item first.</translation>
    </message>
    <message>
        <source>Simpan Lembar Kendali SOP</source>
        <translation>Save SOP control sheet</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Lembar Kendali SOP disimpan: {file}</source>
        <translation>SOP control sheet saved: {file}</translation>
    </message>
    <message>
        <source>{title}
{state} · {who}</source>
        <translation>{title}
{state} · {who}</translation>
    </message>
    <message>
        <source>{spent} / {std} waktu tempuh</source>
        <translation>{spent} / {std} lead time</translation>
    </message>
    <message>
        <source>kerja {spent} / {std}</source>
        <translation>work {spent} / {std}</translation>
    </message>
    <message>
        <source>tunggu {wait}</source>
        <translation>waiting {wait}</translation>
    </message>
    <message>
        <source>Terlambat: melewati waktu baku.</source>
        <translation>Late: over the standard time.</translation>
    </message>
    <message>
        <source>Waktu baku: {std} waktu tempuh (SOP menghitung hari, bukan menit kerja).</source>
        <translation>Standard time: {std} lead time (the SOP counts days, not minutes of work).</translation>
    </message>
    <message>
        <source>Waktu baku: {std}.</source>
        <translation>Standard time: {std}.</translation>
    </message>
    <message>
        <source>Waktu baku: {std} waktu kerja.</source>
        <translation>Standard time: {std} of work.</translation>
    </message>
    <message>
        <source>Hampir terlambat.</source>
        <translation>Nearly late.</translation>
    </message>
    <message>
        <source>Cari…</source>
        <translation>Search…</translation>
    </message>
</context>
<context>
    <name>States</name>
    <message>
        <source>draf</source>
        <translation>draft</translation>
    </message>
    <message>
        <source>diperiksa</source>
        <translation>in checking</translation>
    </message>
    <message>
        <source>tervalidasi</source>
        <translation>validated</translation>
    </message>
    <message>
        <source>diolah</source>
        <translation>processed</translation>
    </message>
    <message>
        <source>disajikan</source>
        <translation>presented</translation>
    </message>
    <message>
        <source>diajukan</source>
        <translation>submitted</translation>
    </message>
    <message>
        <source>dikembalikan</source>
        <translation>returned</translation>
    </message>
    <message>
        <source>disetujui</source>
        <translation>approved</translation>
    </message>
    <message>
        <source>diterbitkan</source>
        <translation>published</translation>
    </message>
    <message>
        <source>Draf</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Diperiksa</source>
        <translation>Checking</translation>
    </message>
    <message>
        <source>Tervalidasi</source>
        <translation>Validated</translation>
    </message>
    <message>
        <source>Diolah</source>
        <translation>Processed</translation>
    </message>
    <message>
        <source>Disajikan</source>
        <translation>Presented</translation>
    </message>
    <message>
        <source>Diajukan</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <source>Dikembalikan</source>
        <translation>Returned</translation>
    </message>
    <message>
        <source>Disetujui</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>Diterbitkan</source>
        <translation>Published</translation>
    </message>
</context>
<context>
    <name>SubmitTab</name>
    <message>
        <source>Pengajuan</source>
        <translation>Submission</translation>
    </message>
    <message>
        <source>Catatan Perbaikan: {first}</source>
        <translation>Revision note: {first}</translation>
    </message>
    <message>
        <source>Catatan Perbaikan dari {who} (versi {v}):</source>
        <translation>Revision notes from {who} (version {v}):</translation>
    </message>
    <message>
        <source>Mengajukan persetujuan kepada Kepala atas data yang akan dipublikasi</source>
        <translation>Submitting data for publication to the head of office for approval</translation>
    </message>
    <message>
        <source>Publikasi Baru</source>
        <translation>New publication</translation>
    </message>
    <message>
        <source>Perbaiki</source>
        <translation>Revise</translation>
    </message>
    <message>
        <source>Ajukan ke Kepala</source>
        <translation>Submit to head of office</translation>
    </message>
    <message>
        <source>Draf publikasi dibuat.</source>
        <translation>Draft publication created.</translation>
    </message>
    <message>
        <source>Perbaikan disimpan sebagai versi baru.</source>
        <translation>Revision saved as a new version.</translation>
    </message>
    <message>
        <source>Diajukan kepada: {title} {name}</source>
        <translation>Submitted to: {title} {name}</translation>
    </message>
    <message>
        <source>Catatan pengajuan:</source>
        <translation>Submission note:</translation>
    </message>
    <message>
        <source>Publikasi diajukan kepada {title} {name}.</source>
        <translation>Publication submitted to {title} {name}.</translation>
    </message>
    <message>
        <source>Bagian {n}</source>
        <translation>Section {n}</translation>
    </message>
    <message>
        <source>Umum</source>
        <translation>General</translation>
    </message>
</context>
<context>
    <name>TimingRulesDialog</name>
    <message>
        <source>Waktu Kerja dan Waktu Tunggu</source>
        <translation>Work Time and Waiting Time</translation>
    </message>
    <message>
        <source>Waktu kerja dicatat selama item terbuka untuk dikerjakan di tab langkahnya. Waktu tunggu (item menunggu dalam antrean) diberi peringatan tersendiri dan tidak pernah membuat langkah terlambat.</source>
        <translation>Work time is recorded while an item is open for work in its step tab. Waiting time (the item sits in a queue) has its own warning and never makes a step late.</translation>
    </message>
    <message>
        <source> menit</source>
        <translation> minutes</translation>
    </message>
    <message>
        <source>Jeda bila tidak ada kegiatan selama</source>
        <translation>Pause after no activity for</translation>
    </message>
    <message>
        <source>Peringatan: menunggu lebih dari</source>
        <translation>Warning: waiting more than</translation>
    </message>
    <message>
        <source> hari kerja</source>
        <translation> working days</translation>
    </message>
</context>
<context>
    <name>TrashDialog</name>
    <message>
        <source>Sampah</source>
        <translation>Trash</translation>
    </message>
    <message>
        <source>Draf yang dihapus disimpan di sini selama 30 hari dan dapat dipulihkan; sesudah itu dihapus permanen.</source>
        <translation>Deleted drafts are kept here for 30 days and can be restored; after that they are removed for good.</translation>
    </message>
    <message>
        <source>Pulihkan</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>seluruh Kumpulan Data</source>
        <translation>the whole dataset</translation>
    </message>
    <message>
        <source>draf revisi {n}</source>
        <translation>draft revision {n}</translation>
    </message>
    <message>
        <source>{name} ({what})
Dihapus {when} oleh {who}: {reason} · sampai {until}</source>
        <translation>{name} ({what})
Deleted {when} by {who}: {reason} · until {until}</translation>
    </message>
    <message>
        <source>Sampah kosong.</source>
        <translation>The trash is empty.</translation>
    </message>
    <message>
        <source>Dipulihkan; draf kembali di tab 1 Persiapan.</source>
        <translation>Restored; the draft is back in tab 1 Preparation.</translation>
    </message>
</context>
<context>
    <name>UnknownBackupDialog</name>
    <message>
        <source>PULIHKAN CADANGAN TIDAK DIKENAL</source>
        <translation>RESTORE UNKNOWN BACKUP</translation>
    </message>
    <message>
        <source>Cadangan tidak dikenal</source>
        <translation>Unknown backup</translation>
    </message>
    <message>
        <source>&lt;b&gt;Cadangan ini tidak tercatat di Catatan Aktivitas kantor ini.&lt;/b&gt;</source>
        <translation>&lt;b&gt;This backup is not recorded in this office&apos;s activity log.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Setiap cadangan yang dibuat PADI kantor ini tercatat dengan sidik SHA-256-nya. Cadangan ini mungkin berasal dari kantor atau komputer lain, dibuat sebelum pemulihan lain, atau telah disusun ulang orang. Memulihkannya mengganti seluruh data kantor dengan isinya.</source>
        <translation>Every backup this office&apos;s PADI makes is recorded with its SHA-256 fingerprint. This backup may come from another office or computer, from before another restore, or may have been put together by someone. Restoring it replaces all of the office&apos;s data with its contents.</translation>
    </message>
    <message>
        <source>Berkas: {name}&lt;br&gt;Dibuat: {when}&lt;br&gt;SHA-256: &lt;tt&gt;{sha}&lt;/tt&gt;</source>
        <translation>File: {name}&lt;br&gt;Created: {when}&lt;br&gt;SHA-256: &lt;tt&gt;{sha}&lt;/tt&gt;</translation>
    </message>
    <message>
        <source>Bila Anda yakin isinya benar, ketik &lt;b&gt;{words}&lt;/b&gt; di bawah ini:</source>
        <translation>If you are sure its contents are right, type &lt;b&gt;{words}&lt;/b&gt; below:</translation>
    </message>
    <message>
        <source>Pulihkan</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <source>Pengguna Baru</source>
        <translation>New user</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Nama pengguna</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Nama lengkap</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <source>Pangkat/golongan</source>
        <translation>Rank</translation>
    </message>
    <message>
        <source>Peran</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Kata sandi awal (min. 8 karakter)</source>
        <translation>First password (at least 8 characters)</translation>
    </message>
</context>
<context>
    <name>ValidateTab</name>
    <message>
        <source>Validasi</source>
        <translation>Validation</translation>
    </message>
    <message>
        <source>Koordinasi atau konfirmasi akurasi dan validasi data</source>
        <translation>Coordinating or confirming the accuracy and validity of data</translation>
    </message>
    <message>
        <source>Jalankan Pemeriksaan</source>
        <translation>Run checks</translation>
    </message>
    <message>
        <source>Pengaturan Pemeriksaan</source>
        <translation>Check Settings</translation>
    </message>
    <message>
        <source>Surat Permohonan Konfirmasi</source>
        <translation>Confirmation Request Letter</translation>
    </message>
    <message>
        <source>Catat Konfirmasi Data</source>
        <translation>Record source confirmation</translation>
    </message>
    <message>
        <source>Terima Kesalahan</source>
        <translation>Accept Errors</translation>
    </message>
    <message>
        <source>Kembalikan ke Persiapan</source>
        <translation>Return to Preparation</translation>
    </message>
    <message>
        <source>Tandai Tervalidasi</source>
        <translation>Mark as validated</translation>
    </message>
    <message>
        <source>Klik dua kali sebuah temuan untuk menuju selnya di tabel.</source>
        <translation>Double-click a finding to go to its cell in the table.</translation>
    </message>
    <message>
        <source>Data (hanya baca):</source>
        <translation>Data (read only):</translation>
    </message>
    <message>
        <source>Tidak ada Kumpulan Data yang menunggu validasi.</source>
        <translation>No datasets waiting for validation.</translation>
    </message>
    <message>
        <source>Belum diperiksa.</source>
        <translation>Not checked yet.</translation>
    </message>
    <message>
        <source>Pemeriksaan otomatis lulus ({when}).</source>
        <translation>Automatic checks passed ({when}).</translation>
    </message>
    <message>
        <source>Konfirmasi Data:</source>
        <translation>Source confirmations:</translation>
    </message>
    <message>
        <source>Belum ada Konfirmasi Data dengan sumber.</source>
        <translation>No source confirmation recorded yet.</translation>
    </message>
    <message>
        <source>Baris {row}</source>
        <translation>Row {row}</translation>
    </message>
    <message>
        <source>Kesalahan</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Peringatan</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>Kumpulan Data</source>
        <translation>Dataset</translation>
    </message>
    <message>
        <source>Perubahan Antar-Revisi</source>
        <translation>Changes between revisions</translation>
    </message>
    <message>
        <source>Subtotal berkas sumber: {count} baris, masing-masing dicocokkan dengan baris yang dijumlahkannya setiap kali Pemeriksaan dijalankan.</source>
        <translation>Subtotals of the source file: {count} rows, each matched against the rows it sums whenever the Check is run.</translation>
    </message>
    <message>
        <source>{count} kesalahan pemeriksaan diterima oleh {who}.</source>
        <translation>{count} check error(s) accepted by {who}.</translation>
    </message>
    <message>
        <source>Alasan: {reason}</source>
        <translation>Reason: {reason}</translation>
    </message>
    <message>
        <source>Pemeriksaan menemukan {count} kesalahan; perbaiki di tab Persiapan, atau Kasubag Program/Sekretaris dapat menerimanya dengan alasan.</source>
        <translation>The check found {count} error(s); fix them in the Preparation tab, or the Kasubag Program/Sekretaris can accept them with a reason.</translation>
    </message>
    <message>
        <source>belum ditentukan</source>
        <translation>not set</translation>
    </message>
    <message>
        <source>tidak diperiksa</source>
        <translation>not checked</translation>
    </message>
    <message>
        <source>Kolom kunci: {keys} · Ambang perubahan: {threshold}</source>
        <translation>Key columns: {keys} · Change threshold: {threshold}</translation>
    </message>
    <message>
        <source>Pemeriksaan terakhir tidak menemukan kesalahan.</source>
        <translation>The last check found no errors.</translation>
    </message>
    <message>
        <source>Kesalahan pemeriksaan terakhir sudah diterima.</source>
        <translation>The errors of the last check are already accepted.</translation>
    </message>
    <message>
        <source>Izinkan validasi walaupun pemeriksaan terakhir menemukan kesalahan, dengan alasan.</source>
        <translation>Allow validation although the last check found errors, with a reason.</translation>
    </message>
    <message>
        <source>Pemeriksaan otomatis selesai dan dicatat.</source>
        <translation>Automatic checks done and recorded.</translation>
    </message>
    <message>
        <source>Pengaturan Pemeriksaan disimpan; pemeriksaan dijalankan ulang.</source>
        <translation>Check settings saved; the check was run again.</translation>
    </message>
    <message>
        <source>Surat Permohonan Konfirmasi - {name}.pdf</source>
        <translation>Confirmation request letter - {name}.pdf</translation>
    </message>
    <message>
        <source>Simpan Surat Permohonan Konfirmasi</source>
        <translation>Save the confirmation request letter</translation>
    </message>
    <message>
        <source>Dokumen PDF (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>Menyusun Surat Permohonan Konfirmasi …</source>
        <translation>Writing the confirmation request letter …</translation>
    </message>
    <message>
        <source>Surat Permohonan Konfirmasi nomor {number} disimpan: {path}</source>
        <translation>Confirmation request letter number {number} saved: {path}</translation>
    </message>
    <message>
        <source>Konfirmasi Data dicatat.</source>
        <translation>Source confirmation recorded.</translation>
    </message>
    <message>
        <source>Mengapa &apos;{name}&apos; boleh divalidasi walaupun pemeriksaan menemukan kesalahan? Alasan:</source>
        <translation>Why may &apos;{name}&apos; be validated although the check found errors? Reason:</translation>
    </message>
    <message>
        <source>Kesalahan pemeriksaan diterima dan dicatat.</source>
        <translation>Check errors accepted and logged.</translation>
    </message>
    <message>
        <source>Kumpulan Data tervalidasi; lanjut ke tab 3 Pengolahan.</source>
        <translation>Dataset validated; continue in tab 3 Processing.</translation>
    </message>
    <message>
        <source>Alasan pengembalian:</source>
        <translation>Reason for returning:</translation>
    </message>
    <message>
        <source>Dikembalikan ke Persiapan.</source>
        <translation>Returned to Preparation.</translation>
    </message>
    <message>
        <source>Simpan lampiran</source>
        <translation>Save attachment</translation>
    </message>
    <message>
        <source>Semua berkas (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <source>Lampiran tidak dapat disimpan di sana. Pilih folder lain.</source>
        <translation>The attachment cannot be saved there. Choose another folder.</translation>
    </message>
    <message>
        <source>Lampiran disimpan: {path}</source>
        <translation>Attachment saved: {path}</translation>
    </message>
</context>
<context>
    <name>WidgetPolicy</name>
    <message>
        <source>id_ID</source>
        <translation>en_GB</translation>
    </message>
</context>
</TS>

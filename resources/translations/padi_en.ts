<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="id_ID">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../desktop_app/gui/dialogs/about_dialog.py" line="52"/>
        <source>tidak diketahui</source>
        <translation>unknown</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/about_dialog.py" line="61"/>
        <source>Tentang PADI</source>
        <translation>About PADI</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/about_dialog.py" line="63"/>
        <source>Tentang</source>
        <translation>About</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/about_dialog.py" line="64"/>
        <location filename="../../desktop_app/gui/dialogs/about_dialog.py" line="137"/>
        <source>Lisensi</source>
        <translation>Licences</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/about_dialog.py" line="76"/>
        <source>Pengelolaan Data dan Informasi</source>
        <translation>Data and Information Management</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/about_dialog.py" line="77"/>
        <source>Menerapkan SOP Pelaksanaan Pengelolaan Data dan Informasi Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu Kota Tebing Tinggi (Maret 2024): delapan langkah dari Persiapan sampai Arsip, dengan waktu bakunya.</source>
        <translation>Implements the SOP for Data and Information Management of the Investment and One-Stop Integrated Services Office of Tebing Tinggi (March 2024): eight steps from Preparation to Archive, with their standard times.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/about_dialog.py" line="88"/>
        <source>Versi PADI:</source>
        <translation>PADI version:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/about_dialog.py" line="89"/>
        <source>Folder data:</source>
        <translation>Data folder:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/about_dialog.py" line="90"/>
        <source>Basis data yang dipakai:</source>
        <translation>Database in use:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/about_dialog.py" line="91"/>
        <source>Pengaturan komputer ini:</source>
        <translation>This computer&apos;s settings:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/about_dialog.py" line="92"/>
        <source>Python:</source>
        <translation>Python:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/about_dialog.py" line="93"/>
        <source>Qt:</source>
        <translation>Qt:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/about_dialog.py" line="94"/>
        <source>PySide6:</source>
        <translation>PySide6:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/about_dialog.py" line="101"/>
        <source>Buka folder data</source>
        <translation>Open data folder</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/about_dialog.py" line="120"/>
        <source>Folder tidak dapat dibuka</source>
        <translation>Folder cannot be opened</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/about_dialog.py" line="121"/>
        <source>Folder {folder} tidak dapat dibuka di komputer ini.</source>
        <translation>The folder {folder} cannot be opened on this computer.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/about_dialog.py" line="127"/>
        <source>PADI memakai pustaka sumber terbuka berikut; pilih satu untuk membaca lisensinya. Qt dan PySide6 dipakai di bawah GNU LGPL versi 3 (LGPLv3): keduanya disertakan sebagai pustaka terpisah yang boleh diganti dengan versi lain yang cocok, dan kode sumbernya tersedia dari Qt Project.</source>
        <translation>PADI uses the following open-source libraries; select one to read its licence. Qt and PySide6 are used under the GNU LGPL version 3 (LGPLv3): both are shipped as separate libraries that may be replaced with another compatible version, and their source code is available from the Qt Project.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/about_dialog.py" line="136"/>
        <source>Pustaka</source>
        <translation>Library</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/about_dialog.py" line="136"/>
        <source>Versi</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/about_dialog.py" line="139"/>
        <source>fon PDF</source>
        <translation>PDF font</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/about_dialog.py" line="140"/>
        <source>Lisensi fon Bitstream Vera / DejaVu (bebas)</source>
        <translation>Bitstream Vera / DejaVu font licence (free)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/about_dialog.py" line="188"/>
        <source>Data paket {name} tidak ditemukan pada instalasi ini; versi dan lisensinya tidak diketahui.</source>
        <translation>The package data of {name} was not found in this installation; its version and licence are unknown.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/about_dialog.py" line="192"/>
        <source>{name} memakai lisensi {licence}. PADI memakainya di bawah GNU Lesser General Public License versi 3 (LGPLv3). Paket ini tidak menyertakan berkas teks lisensi; teks lengkap LGPLv3 diterbitkan oleh Free Software Foundation (www.gnu.org/licenses/lgpl-3.0).</source>
        <translation>{name} is licensed {licence}. PADI uses it under the GNU Lesser General Public License version 3 (LGPLv3). The package carries no licence text file; the full LGPLv3 text is published by the Free Software Foundation (www.gnu.org/licenses/lgpl-3.0).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/about_dialog.py" line="200"/>
        <source>Paket {name} tidak menyertakan teks lisensi. Lisensinya: {licence}.</source>
        <translation>The package {name} carries no licence text. Its licence: {licence}.</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <location filename="../../desktop_app/gui/messages.py" line="225"/>
        <source>Penyiapan kantor</source>
        <translation>Office set up</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/messages.py" line="226"/>
        <source>Profil kantor diubah</source>
        <translation>Office profile changed</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/messages.py" line="227"/>
        <source>Pengguna dibuat</source>
        <translation>User created</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/messages.py" line="228"/>
        <source>Masuk</source>
        <translation>Logged in</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/messages.py" line="229"/>
        <source>Keluar</source>
        <translation>Logged out</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/messages.py" line="230"/>
        <source>Gagal masuk</source>
        <translation>Login failed</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/messages.py" line="231"/>
        <source>Akun dikunci</source>
        <translation>Account locked</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/messages.py" line="232"/>
        <source>Plt. ditunjuk</source>
        <translation>Acting head appointed</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/messages.py" line="233"/>
        <source>Kumpulan Data dibuat</source>
        <translation>Dataset created</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/messages.py" line="234"/>
        <source>Kumpulan Data disimpan</source>
        <translation>Dataset saved</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/messages.py" line="235"/>
        <source>Pemeriksaan dijalankan</source>
        <translation>Checks run</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/messages.py" line="236"/>
        <source>Konfirmasi Data dicatat</source>
        <translation>Source confirmation recorded</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/messages.py" line="237"/>
        <source>Pengaturan Pemeriksaan disimpan</source>
        <translation>Check settings saved</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/messages.py" line="238"/>
        <source>Kesalahan pemeriksaan diterima</source>
        <translation>Check errors accepted</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/messages.py" line="239"/>
        <source>Surat Permohonan Konfirmasi dibuat</source>
        <translation>Confirmation request letter written</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/messages.py" line="240"/>
        <source>Tervalidasi</source>
        <translation>Validated</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/messages.py" line="241"/>
        <source>Dikembalikan ke Persiapan</source>
        <translation>Returned to Preparation</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/messages.py" line="242"/>
        <source>Keluaran disimpan</source>
        <translation>Output saved</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/messages.py" line="243"/>
        <source>Disajikan di Katalog Data</source>
        <translation>Presented in data catalogue</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/messages.py" line="244"/>
        <source>Publikasi dibuat</source>
        <translation>Publication created</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/messages.py" line="245"/>
        <source>Publikasi diperbaiki</source>
        <translation>Publication revised</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/messages.py" line="246"/>
        <source>Diajukan ke Kepala</source>
        <translation>Submitted to head of office</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/messages.py" line="247"/>
        <source>Disetujui</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/messages.py" line="248"/>
        <source>Dikembalikan dengan Catatan Perbaikan</source>
        <translation>Returned with revision note</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/messages.py" line="249"/>
        <source>Diterbitkan</source>
        <translation>Published</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/messages.py" line="250"/>
        <source>Cadangan terverifikasi dibuat</source>
        <translation>Verified backup made</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/messages.py" line="251"/>
        <source>Pencadangan gagal</source>
        <translation>Backup failed</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/messages.py" line="252"/>
        <source>Pencadangan dibatalkan</source>
        <translation>Backup cancelled</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/messages.py" line="253"/>
        <source>Pengguna diaktifkan</source>
        <translation>User activated</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/messages.py" line="254"/>
        <source>Pengguna dinonaktifkan</source>
        <translation>User deactivated</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/messages.py" line="255"/>
        <source>Kata sandi diganti</source>
        <translation>Password changed</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/messages.py" line="256"/>
        <source>Kata sandi diatur ulang oleh administrator</source>
        <translation>Password reset by administrator</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/messages.py" line="257"/>
        <source>Ditolak</source>
        <translation>Refused</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/messages.py" line="258"/>
        <source>Gagal masuk (akun masih terkunci)</source>
        <translation>Login failed (account still locked)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/messages.py" line="259"/>
        <source>Batas waktu kunci layar diubah</source>
        <translation>Screen lock timeout changed</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/messages.py" line="260"/>
        <source>Layar dikunci (tidak aktif)</source>
        <translation>Screen locked (idle)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/messages.py" line="261"/>
        <source>Kunci layar dibuka</source>
        <translation>Screen unlocked</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/messages.py" line="262"/>
        <source>Lembar kerja diimpor</source>
        <translation>Workbook imported</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/messages.py" line="263"/>
        <source>Kumpulan Data diekspor</source>
        <translation>Dataset exported</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/messages.py" line="264"/>
        <source>Dikirim ke pemeriksaan</source>
        <translation>Sent for checking</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/messages.py" line="265"/>
        <source>Diolah</source>
        <translation>Processed</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/messages.py" line="266"/>
        <source>Program ditambahkan</source>
        <translation>Programme added</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/messages.py" line="267"/>
        <source>Kegiatan ditambahkan</source>
        <translation>Activity added</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/messages.py" line="268"/>
        <source>Agenda ditambahkan</source>
        <translation>Agenda entry added</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/messages.py" line="269"/>
        <source>Agenda diubah</source>
        <translation>Agenda entry changed</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/messages.py" line="270"/>
        <source>Agenda selesai</source>
        <translation>Agenda entry done</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/messages.py" line="271"/>
        <source>Agenda dibuka kembali</source>
        <translation>Agenda entry reopened</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/messages.py" line="272"/>
        <source>Agenda dikaitkan dengan Kumpulan Data</source>
        <translation>Agenda entry linked to a dataset</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/messages.py" line="273"/>
        <source>Kaitan agenda dilepas</source>
        <translation>Agenda entry unlinked</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/messages.py" line="274"/>
        <source>Katalog Data offline dibuat</source>
        <translation>Offline data catalogue made</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/messages.py" line="275"/>
        <source>Laporan Pelaksanaan dibuat</source>
        <translation>Implementation report created</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/messages.py" line="276"/>
        <source>Lembar Kendali SOP dicetak</source>
        <translation>SOP control sheet printed</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/messages.py" line="277"/>
        <source>Catatan Aktivitas diekspor</source>
        <translation>Activity log exported</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/messages.py" line="278"/>
        <source>Kalender kerja disimpan</source>
        <translation>Work calendar saved</translation>
    </message>
</context>
<context>
    <name>ActivityTab</name>
    <message>
        <location filename="../../desktop_app/gui/activity_tab.py" line="84"/>
        <source>Cari pengguna, objek atau tindakan…</source>
        <translation>Search user, object or action…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/activity_tab.py" line="113"/>
        <source>Waktu</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/activity_tab.py" line="72"/>
        <location filename="../../desktop_app/gui/activity_tab.py" line="87"/>
        <location filename="../../desktop_app/gui/activity_tab.py" line="113"/>
        <source>Pengguna</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/activity_tab.py" line="114"/>
        <source>Peran</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/activity_tab.py" line="88"/>
        <location filename="../../desktop_app/gui/activity_tab.py" line="114"/>
        <source>Langkah</source>
        <translation>Step</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/activity_tab.py" line="63"/>
        <source>Semua langkah</source>
        <translation>All steps</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/activity_tab.py" line="67"/>
        <source>Semua objek</source>
        <translation>All objects</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/activity_tab.py" line="68"/>
        <source>Kumpulan Data</source>
        <translation>Dataset</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/activity_tab.py" line="69"/>
        <source>Publikasi</source>
        <translation>Publication</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/activity_tab.py" line="70"/>
        <source>Cadangan</source>
        <translation>Backup</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/activity_tab.py" line="71"/>
        <source>Agenda Kerja</source>
        <translation>Work agenda</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/activity_tab.py" line="73"/>
        <source>Laporan</source>
        <translation>Report</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/activity_tab.py" line="76"/>
        <source>Semua waktu</source>
        <translation>All time</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/activity_tab.py" line="77"/>
        <source>Hari ini</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/activity_tab.py" line="78"/>
        <source>7 hari terakhir</source>
        <translation>Last 7 days</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/activity_tab.py" line="79"/>
        <source>Bulan ini</source>
        <translation>This month</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/activity_tab.py" line="80"/>
        <source>Tahun ini</source>
        <translation>This year</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/activity_tab.py" line="89"/>
        <location filename="../../desktop_app/gui/activity_tab.py" line="115"/>
        <source>Objek</source>
        <translation>Object</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/activity_tab.py" line="90"/>
        <source>Periode</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/activity_tab.py" line="95"/>
        <source>Buka Objek</source>
        <translation>Open object</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/activity_tab.py" line="96"/>
        <source>Lembar Kendali SOP…</source>
        <translation>SOP control sheet…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/activity_tab.py" line="98"/>
        <source>Ekspor XLSX…</source>
        <translation>Export XLSX…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/activity_tab.py" line="100"/>
        <source>Ekspor PDF…</source>
        <translation>Export PDF…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/activity_tab.py" line="115"/>
        <source>Tindakan</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/activity_tab.py" line="116"/>
        <source>Durasi / Waktu Baku</source>
        <translation>Duration / Standard time</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/activity_tab.py" line="151"/>
        <source>&lt;span style=&apos;color:#2e7d32&apos;&gt;✔ Rantai catatan utuh: {n} entri terverifikasi.&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#2e7d32&apos;&gt;✔ Log chain intact: {n} entries verified.&lt;/span&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/activity_tab.py" line="154"/>
        <source>&lt;span style=&apos;color:#b23a48&apos;&gt;&lt;b&gt;✘ Catatan aktivitas #{id} telah diubah atau dihapus.&lt;/b&gt;&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#b23a48&apos;&gt;&lt;b&gt;✘ Activity log entry #{id} has been altered or deleted.&lt;/b&gt;&lt;/span&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/activity_tab.py" line="161"/>
        <source>Semua pengguna</source>
        <translation>All users</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/activity_tab.py" line="192"/>
        <source>{n} entri</source>
        <translation>{n} entries</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/activity_tab.py" line="204"/>
        <source>Pilih entri sebuah Kumpulan Data atau Publikasi.</source>
        <translation>Choose an entry for a dataset or publication.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/activity_tab.py" line="218"/>
        <source>Simpan Lembar Kendali SOP</source>
        <translation>Save SOP control sheet</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/activity_tab.py" line="219"/>
        <location filename="../../desktop_app/gui/activity_tab.py" line="229"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/activity_tab.py" line="225"/>
        <source>Lembar Kendali SOP disimpan: {file}</source>
        <translation>SOP control sheet saved: {file}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/activity_tab.py" line="228"/>
        <source>Buku kerja Excel (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/activity_tab.py" line="230"/>
        <source>Ekspor Catatan Aktivitas</source>
        <translation>Export activity log</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/activity_tab.py" line="237"/>
        <source>teks &quot;{text}&quot;</source>
        <translation>text &quot;{text}&quot;</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/activity_tab.py" line="240"/>
        <source>Catatan Aktivitas diekspor: {file}</source>
        <translation>Activity log exported: {file}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/activity_tab.py" line="246"/>
        <source>Catatan Aktivitas</source>
        <translation>Activity log</translation>
    </message>
</context>
<context>
    <name>AgendaEntryDialog</name>
    <message>
        <location filename="../../desktop_app/gui/dialogs/agenda_entry.py" line="34"/>
        <source>id_ID</source>
        <translation>en_GB</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/agenda_entry.py" line="59"/>
        <source>Agenda Baru</source>
        <translation>New Agenda Item</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/agenda_entry.py" line="60"/>
        <source>Ubah Agenda</source>
        <translation>Edit Agenda Item</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/agenda_entry.py" line="62"/>
        <source>contoh: Rekap izin terbit bulan November</source>
        <translation>e.g. Recap of permits issued in November</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/agenda_entry.py" line="69"/>
        <source>(belum ditentukan)</source>
        <translation>(not assigned)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/agenda_entry.py" line="73"/>
        <source>(tanpa kegiatan)</source>
        <translation>(no activity)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/agenda_entry.py" line="85"/>
        <source>(belum ada)</source>
        <translation>(none yet)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/agenda_entry.py" line="93"/>
        <source>&amp;Judul</source>
        <translation>&amp;Title</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/agenda_entry.py" line="94"/>
        <source>Jatuh &amp;tempo</source>
        <translation>&amp;Due date</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/agenda_entry.py" line="95"/>
        <source>&amp;Penanggung jawab</source>
        <translation>&amp;Responsible</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/agenda_entry.py" line="96"/>
        <source>&amp;Kegiatan</source>
        <translation>&amp;Activity</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/agenda_entry.py" line="97"/>
        <source>Kumpulan &amp;Data</source>
        <translation>Data&amp;set</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/agenda_entry.py" line="98"/>
        <source>Kumpulan Data dapat dihubungkan nanti, setelah dibuat di tab 1 Persiapan.</source>
        <translation>A dataset can be linked later, once it has been created in tab 1 Preparation.</translation>
    </message>
</context>
<context>
    <name>AgendaView</name>
    <message>
        <location filename="../../desktop_app/gui/widgets/agenda_view.py" line="52"/>
        <source>Selesai</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/agenda_view.py" line="53"/>
        <source>Terlambat</source>
        <translation>Late</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/agenda_view.py" line="54"/>
        <source>Segera jatuh tempo</source>
        <translation>Due soon</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/agenda_view.py" line="55"/>
        <source>Terbuka</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/agenda_view.py" line="74"/>
        <source>Hanya Kasubag Program, Sekretaris atau Kepala Dinas yang dapat menugaskan agenda kepada orang lain atau mengubah agenda orang lain.</source>
        <translation>Only the Kasubag Program, the Sekretaris or the Head of office may assign agenda items to other people or change other people&apos;s items.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/agenda_view.py" line="77"/>
        <source>Penanggung jawab tidak ditemukan. Muat ulang lalu pilih lagi.</source>
        <translation>The person responsible was not found. Reload and choose again.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/agenda_view.py" line="78"/>
        <source>Akun penanggung jawab sudah nonaktif. Pilih orang lain.</source>
        <translation>The account of the person responsible is inactive. Choose someone else.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/agenda_view.py" line="79"/>
        <source>Kegiatan tidak ditemukan. Muat ulang lalu pilih lagi.</source>
        <translation>The activity was not found. Reload and choose again.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/agenda_view.py" line="80"/>
        <source>Kumpulan Data tidak ditemukan. Muat ulang lalu pilih lagi.</source>
        <translation>The dataset was not found. Reload and choose again.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/agenda_view.py" line="81"/>
        <source>Agenda ini sudah tidak ada. Daftar dimuat ulang.</source>
        <translation>This agenda item no longer exists. The list has been reloaded.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/agenda_view.py" line="82"/>
        <source>Tanggal jatuh tempo tidak dikenal.</source>
        <translation>The due date is not recognised.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/agenda_view.py" line="143"/>
        <source>Daftar</source>
        <translation>List</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/agenda_view.py" line="144"/>
        <source>Kalender</source>
        <translation>Calendar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/agenda_view.py" line="151"/>
        <source>Tampilkan yang selesai</source>
        <translation>Show done items</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/agenda_view.py" line="153"/>
        <source>Hanya agenda saya</source>
        <translation>Only my items</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/agenda_view.py" line="155"/>
        <source>Agenda Baru</source>
        <translation>New Agenda Item</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/agenda_view.py" line="156"/>
        <source>Ubah</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/agenda_view.py" line="157"/>
        <location filename="../../desktop_app/gui/widgets/agenda_view.py" line="402"/>
        <source>Tandai Selesai</source>
        <translation>Mark Done</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/agenda_view.py" line="158"/>
        <source>Buka Kumpulan Data</source>
        <translation>Open Dataset</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/agenda_view.py" line="163"/>
        <source>Buka Kumpulan Data yang terhubung dengan agenda ini.</source>
        <translation>Open the dataset linked to this agenda item.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/agenda_view.py" line="248"/>
        <source>{overdue} terlambat · {soon} segera jatuh tempo · {open} terbuka · {done} selesai</source>
        <translation>{overdue} late · {soon} due soon · {open} open · {done} done</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/agenda_view.py" line="278"/>
        <source>Jatuh Tempo</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/agenda_view.py" line="278"/>
        <source>Agenda</source>
        <translation>Agenda item</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/agenda_view.py" line="279"/>
        <source>Penanggung Jawab</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/agenda_view.py" line="279"/>
        <source>Kegiatan</source>
        <translation>Activity</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/agenda_view.py" line="280"/>
        <source>Kumpulan Data</source>
        <translation>Dataset</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/agenda_view.py" line="280"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/agenda_view.py" line="305"/>
        <source>(belum ditentukan)</source>
        <translation>(not assigned)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/agenda_view.py" line="306"/>
        <source>(belum ada)</source>
        <translation>(none yet)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/agenda_view.py" line="350"/>
        <source>Tanggal bertanda tebal memiliki agenda. Warna mengikuti agenda yang paling mendesak:</source>
        <translation>Dates in bold have agenda items. The colour follows the most urgent item:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/agenda_view.py" line="355"/>
        <source>Pilih tanggal untuk melihat agendanya di bawah kalender.</source>
        <translation>Choose a date to see its items below the calendar.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/agenda_view.py" line="370"/>
        <source>Agenda jatuh tempo {date}: {n}</source>
        <translation>Items due {date}: {n}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/agenda_view.py" line="392"/>
        <source>Peran Anda tidak diizinkan mengisi Agenda Kerja.</source>
        <translation>Your role may not add to the Work agenda.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/agenda_view.py" line="395"/>
        <source>Hanya penanggung jawabnya, Kasubag Program, Sekretaris atau Kepala Dinas yang dapat mengubah agenda ini.</source>
        <translation>Only the person responsible, the Kasubag Program, the Sekretaris or the Head of office may change this item.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/agenda_view.py" line="401"/>
        <source>Tandai Belum Selesai</source>
        <translation>Mark Not Done</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/agenda_view.py" line="409"/>
        <source>Tidak dapat dilanjutkan</source>
        <translation>Cannot continue</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/agenda_view.py" line="436"/>
        <source>Agenda dicatat.</source>
        <translation>Agenda item recorded.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/agenda_view.py" line="449"/>
        <source>Agenda diubah.</source>
        <translation>Agenda item changed.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/agenda_view.py" line="456"/>
        <source>Agenda dibuka kembali.</source>
        <translation>Agenda item reopened.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/agenda_view.py" line="457"/>
        <source>Agenda ditandai selesai.</source>
        <translation>Agenda item marked done.</translation>
    </message>
</context>
<context>
    <name>ArchiveTab</name>
    <message>
        <location filename="../../desktop_app/gui/stages/archive.py" line="55"/>
        <source>{n} GB</source>
        <translation>{n} GB</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/archive.py" line="57"/>
        <source>{n} MB</source>
        <translation>{n} MB</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/archive.py" line="58"/>
        <source>{n} KB</source>
        <translation>{n} KB</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/archive.py" line="79"/>
        <source>Arsip</source>
        <translation>Archive</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/archive.py" line="82"/>
        <source>Menyimpan semua file sebagai data soft untuk kepentingan internal</source>
        <translation>Keeping all files as soft copies for internal use</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/archive.py" line="86"/>
        <location filename="../../desktop_app/gui/stages/archive.py" line="360"/>
        <source>Cadangkan Sekarang</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/archive.py" line="88"/>
        <location filename="../../desktop_app/gui/stages/archive.py" line="393"/>
        <location filename="../../desktop_app/gui/stages/archive.py" line="414"/>
        <source>Verifikasi Ulang</source>
        <translation>Re-verify</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/archive.py" line="90"/>
        <source>Pulihkan…</source>
        <translation>Restore…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/archive.py" line="91"/>
        <location filename="../../desktop_app/gui/stages/archive.py" line="487"/>
        <source>Salin Data Soft</source>
        <translation>Save soft copies</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/archive.py" line="100"/>
        <source>&lt;b&gt;Tujuan cadangan&lt;/b&gt;</source>
        <translation>&lt;b&gt;Backup location&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/archive.py" line="106"/>
        <source>Pilih folder…</source>
        <translation>Choose folder…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/archive.py" line="108"/>
        <source>Muat ulang drive</source>
        <translation>Reload drives</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/archive.py" line="115"/>
        <source>&lt;b&gt;Cadangan pada tujuan ini&lt;/b&gt;</source>
        <translation>&lt;b&gt;Backups in this location&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/archive.py" line="119"/>
        <source>Berkas</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/archive.py" line="119"/>
        <source>Dibuat</source>
        <translation>Created</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/archive.py" line="119"/>
        <source>Ukuran</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/archive.py" line="120"/>
        <source>Jenis</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/archive.py" line="120"/>
        <source>Keadaan</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/archive.py" line="130"/>
        <source>Pengaturan cadangan kantor</source>
        <translation>Office backup settings</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/archive.py" line="136"/>
        <source>harian</source>
        <translation>daily</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/archive.py" line="137"/>
        <source>mingguan</source>
        <translation>weekly</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/archive.py" line="138"/>
        <source>bulanan</source>
        <translation>monthly</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/archive.py" line="142"/>
        <source>Simpan cadangan terakhir:</source>
        <translation>Keep the latest backups:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/archive.py" line="143"/>
        <source>Enkripsi cadangan dengan frasa sandi (ditanyakan setiap kali mencadangkan)</source>
        <translation>Encrypt backups with a passphrase (asked for at every backup)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/archive.py" line="146"/>
        <source>Cadangkan otomatis (tanpa enkripsi) saat PADI ditutup</source>
        <translation>Back up automatically (unencrypted) when PADI is closed</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/archive.py" line="149"/>
        <source>Simpan Pengaturan</source>
        <translation>Save settings</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/archive.py" line="155"/>
        <source>Cadangan lama dihapus hanya setelah cadangan baru terverifikasi; cadangan terverifikasi terbaru tidak pernah dihapus.</source>
        <translation>Old backups are deleted only after a new backup has been verified; the latest verified backup is never deleted.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/archive.py" line="179"/>
        <source>Media lepas</source>
        <translation>Removable drive</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/archive.py" line="179"/>
        <source>Disk</source>
        <translation>Fixed disk</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/archive.py" line="180"/>
        <source>{label}
{kind} · {free} kosong dari {total}</source>
        <translation>{label}
{kind} · {free} free of {total}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/archive.py" line="188"/>
        <source>{name}
Folder pilihan · {state}</source>
        <translation>{name}
Chosen folder · {state}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/archive.py" line="190"/>
        <source>tersedia</source>
        <translation>available</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/archive.py" line="190"/>
        <source>tidak terpasang</source>
        <translation>not plugged in</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/archive.py" line="206"/>
        <source>&lt;p&gt;&lt;b&gt;Belum ada cadangan terverifikasi.&lt;/b&gt; Pasang flash disk atau hard disk lalu klik Cadangkan Sekarang.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;No verified backup yet.&lt;/b&gt; Plug in a flash drive or hard disk, then click Back up now.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/archive.py" line="209"/>
        <source>&lt;p&gt;Cadangan terverifikasi terakhir: &lt;b&gt;{when}&lt;/b&gt;&lt;br&gt;{path}&lt;br&gt;SHA-256: &lt;tt&gt;{sha}&lt;/tt&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;Last verified backup: &lt;b&gt;{when}&lt;/b&gt;&lt;br&gt;{path}&lt;br&gt;SHA-256: &lt;tt&gt;{sha}&lt;/tt&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/archive.py" line="212"/>
        <source>(belum dipilih)</source>
        <translation>(not chosen)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/archive.py" line="213"/>
        <source>&lt;p&gt;Tujuan: &lt;b&gt;{target}&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;Location: &lt;b&gt;{target}&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/archive.py" line="228"/>
        <source>Perlu frasa sandi untuk diverifikasi</source>
        <translation>Passphrase needed to verify</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/archive.py" line="231"/>
        <source>Utuh (diverifikasi ulang)</source>
        <translation>Intact (re-verified)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/archive.py" line="232"/>
        <location filename="../../desktop_app/gui/stages/archive.py" line="237"/>
        <source>RUSAK — jangan dipakai</source>
        <translation>DAMAGED — do not use</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/archive.py" line="234"/>
        <source>Terverifikasi</source>
        <translation>Verified</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/archive.py" line="239"/>
        <source>Belum diverifikasi di komputer ini</source>
        <translation>Not yet verified on this computer</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/archive.py" line="241"/>
        <source>Terenkripsi</source>
        <translation>Encrypted</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/archive.py" line="241"/>
        <source>Biasa</source>
        <translation>Plain</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/archive.py" line="294"/>
        <location filename="../../desktop_app/gui/stages/archive.py" line="332"/>
        <source>Pilih flash disk atau folder cadangan</source>
        <translation>Choose a flash drive or backup folder</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/archive.py" line="311"/>
        <location filename="../../desktop_app/gui/stages/archive.py" line="432"/>
        <source>Tidak dapat dilanjutkan</source>
        <translation>Cannot continue</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/archive.py" line="319"/>
        <source>Pengaturan cadangan disimpan.</source>
        <translation>Backup settings saved.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/archive.py" line="323"/>
        <source>Tujuan cadangan belum siap</source>
        <translation>Backup location not ready</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/archive.py" line="323"/>
        <source>Pilih flash disk atau folder tujuan di sebelah kiri, dan pastikan media terpasang.</source>
        <translation>Choose a flash drive or target folder on the left, and make sure the drive is plugged in.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/archive.py" line="350"/>
        <source>Menulis dan memverifikasi cadangan ke {folder} …</source>
        <translation>Writing and verifying the backup in {folder} …</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/archive.py" line="356"/>
        <source>Cadangan terverifikasi: {name}</source>
        <translation>Backup verified: {name}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/archive.py" line="366"/>
        <source>Simpan lembar pemulihan</source>
        <translation>Save recovery sheet</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/archive.py" line="367"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/archive.py" line="371"/>
        <source>Lembar pemulihan disimpan: {name}. Cetak dan simpan di tempat aman.</source>
        <translation>Recovery sheet saved: {name}. Print it and keep it in a safe place.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/archive.py" line="393"/>
        <source>Frasa sandi cadangan terenkripsi (kosongkan untuk melewatinya):</source>
        <translation>Passphrase for encrypted backups (leave empty to skip them):</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/archive.py" line="399"/>
        <source>Memverifikasi ulang cadangan di {folder} …</source>
        <translation>Re-verifying the backups in {folder} …</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/archive.py" line="407"/>
        <source>Cadangan rusak ditemukan</source>
        <translation>Damaged backups found</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/archive.py" line="407"/>
        <source>{n} cadangan di {folder} tidak lagi utuh. Jangan gunakan untuk pemulihan; buat cadangan baru, sebaiknya di media lain.</source>
        <translation>{n} backup(s) in {folder} are no longer intact. Do not use them to restore; make a new backup, preferably on another drive.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/archive.py" line="412"/>
        <source>{n} cadangan diverifikasi ulang.</source>
        <translation>{n} backup(s) re-verified.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/archive.py" line="418"/>
        <source>Pilih berkas cadangan</source>
        <translation>Choose a backup file</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/archive.py" line="419"/>
        <source>Cadangan PADI (*.zip *.padienc)</source>
        <translation>PADI backups (*.zip *.padienc)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/archive.py" line="425"/>
        <location filename="../../desktop_app/gui/stages/archive.py" line="449"/>
        <location filename="../../desktop_app/gui/stages/archive.py" line="452"/>
        <location filename="../../desktop_app/gui/stages/archive.py" line="470"/>
        <source>Pulihkan</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/archive.py" line="426"/>
        <source>Frasa sandi cadangan:</source>
        <translation>Backup passphrase:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/archive.py" line="436"/>
        <source>Memverifikasi {name} …</source>
        <translation>Verifying {name} …</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/archive.py" line="441"/>
        <source>Pulihkan cadangan {name}?

Dibuat: {when}
Isi: {datasets} Kumpulan Data ({rows} baris), {pubs} Publikasi, {users} pengguna, {log} entri Catatan Aktivitas.

Semua perubahan sesudah cadangan ini dibuat akan diganti. Basis data sekarang disimpan dulu sebagai salinan pengaman di sebelahnya, lalu PADI dibuka ulang dan Anda masuk kembali.</source>
        <translation>Restore backup {name}?

Created: {when}
Contents: {datasets} dataset(s) ({rows} rows), {pubs} publication(s), {users} user(s), {log} activity log entries.

All changes made after this backup was created will be replaced. The current database is first kept as a safety copy next to it; then PADI restarts and you log in again.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/archive.py" line="458"/>
        <source>Memulihkan {name} …</source>
        <translation>Restoring {name} …</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/archive.py" line="465"/>
        <source>Pemulihan selesai</source>
        <translation>Restore complete</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/archive.py" line="465"/>
        <source>Basis data dipulihkan dari {name}. Salinan pengaman basis data sebelumnya: {safety}

PADI akan dibuka ulang; silakan masuk kembali.</source>
        <translation>Database restored from {name}. Safety copy of the previous database: {safety}

PADI will now restart; please log in again.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/archive.py" line="479"/>
        <source>Menyalin data soft ke {folder} …</source>
        <translation>Writing soft copies to {folder} …</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/archive.py" line="483"/>
        <source>Data soft disalin ke {folder}: {datasets} Kumpulan Data, {pubs} Publikasi.</source>
        <translation>Soft copies written to {folder}: {datasets} dataset(s), {pubs} publication(s).</translation>
    </message>
</context>
<context>
    <name>BackupOptionsDialog</name>
    <message>
        <location filename="../../desktop_app/gui/dialogs/backup_options.py" line="39"/>
        <source>Cadangkan Sekarang</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/backup_options.py" line="40"/>
        <source>Cadangan akan ditulis ke &lt;b&gt;{target}&lt;/b&gt;, lalu dibaca ulang dan diverifikasi.</source>
        <translation>The backup will be written to &lt;b&gt;{target}&lt;/b&gt;, then read back and verified.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/backup_options.py" line="43"/>
        <source>Enkripsi dengan frasa sandi</source>
        <translation>Encrypt with a passphrase</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/backup_options.py" line="49"/>
        <source>contoh: amplop tersegel di brankas Sekretariat</source>
        <translation>e.g. sealed envelope in the Secretariat safe</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/backup_options.py" line="50"/>
        <source>Simpan lembar pemulihan (PDF) untuk dicetak</source>
        <translation>Save a recovery sheet (PDF) to print</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/backup_options.py" line="52"/>
        <source>Tanpa frasa sandi ini cadangan tidak dapat dibuka oleh siapa pun. Frasa sandi tidak disimpan PADI.</source>
        <translation>Without this passphrase nobody can open the backup. PADI does not store the passphrase.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/backup_options.py" line="59"/>
        <source>Frasa sandi:</source>
        <translation>Passphrase:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/backup_options.py" line="60"/>
        <source>Ulangi frasa sandi:</source>
        <translation>Repeat passphrase:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/backup_options.py" line="61"/>
        <source>Frasa sandi disimpan di:</source>
        <translation>Passphrase kept at:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/backup_options.py" line="71"/>
        <source>Cadangkan</source>
        <translation>Back up</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/backup_options.py" line="72"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/backup_options.py" line="91"/>
        <source>Frasa sandi paling sedikit {n} karakter.</source>
        <translation>The passphrase needs at least {n} characters.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/backup_options.py" line="93"/>
        <source>Kedua frasa sandi belum sama.</source>
        <translation>The two passphrases do not match.</translation>
    </message>
</context>
<context>
    <name>CalendarDialog</name>
    <message>
        <location filename="../../desktop_app/gui/dialogs/calendar_dialog.py" line="41"/>
        <source>Kalender Kerja</source>
        <translation>Work calendar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/calendar_dialog.py" line="43"/>
        <source>Jam kerja (istirahat tidak dihitung)</source>
        <translation>Working hours (breaks are not counted)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/calendar_dialog.py" line="45"/>
        <source>Hari</source>
        <translation>Day</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/calendar_dialog.py" line="45"/>
        <source>Masuk</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/calendar_dialog.py" line="46"/>
        <source>Pulang</source>
        <translation>End</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/calendar_dialog.py" line="46"/>
        <source>Istirahat</source>
        <translation>Break</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/calendar_dialog.py" line="47"/>
        <source>s.d.</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/calendar_dialog.py" line="49"/>
        <source>Senin</source>
        <translation>Monday</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/calendar_dialog.py" line="49"/>
        <source>Selasa</source>
        <translation>Tuesday</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/calendar_dialog.py" line="50"/>
        <source>Rabu</source>
        <translation>Wednesday</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/calendar_dialog.py" line="50"/>
        <source>Kamis</source>
        <translation>Thursday</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/calendar_dialog.py" line="51"/>
        <source>Jumat</source>
        <translation>Friday</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/calendar_dialog.py" line="51"/>
        <source>Sabtu</source>
        <translation>Saturday</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/calendar_dialog.py" line="52"/>
        <source>Minggu</source>
        <translation>Sunday</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/calendar_dialog.py" line="69"/>
        <source>Hari libur nasional dan cuti bersama</source>
        <translation>Public holidays and collective leave days</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/calendar_dialog.py" line="73"/>
        <source>Tanggal (TTTT-BB-HH)</source>
        <translation>Date (YYYY-MM-DD)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/calendar_dialog.py" line="74"/>
        <source>Keterangan</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/calendar_dialog.py" line="75"/>
        <source>Cuti bersama</source>
        <translation>Collective leave</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/calendar_dialog.py" line="83"/>
        <source>Tambah Hari Libur</source>
        <translation>Add holiday</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/calendar_dialog.py" line="85"/>
        <source>Hapus Baris</source>
        <translation>Remove row</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/calendar_dialog.py" line="94"/>
        <source>Peringatkan bila cadangan terakhir berumur</source>
        <translation>Warn when the last backup is older than</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/calendar_dialog.py" line="99"/>
        <source> hari</source>
        <translation> days</translation>
    </message>
</context>
<context>
    <name>CatalogOutputsView</name>
    <message>
        <location filename="../../desktop_app/gui/widgets/catalog_view.py" line="28"/>
        <source>Belum ada Keluaran tersimpan.</source>
        <translation>No saved outputs yet.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/catalog_view.py" line="30"/>
        <source>Keluaran:</source>
        <translation>Output:</translation>
    </message>
</context>
<context>
    <name>ChartView</name>
    <message>
        <location filename="../../desktop_app/gui/widgets/chart_view.py" line="169"/>
        <source>Sumber: {source}</source>
        <translation>Source: {source}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/chart_view.py" line="337"/>
        <source>Tidak ada data untuk grafik ini.</source>
        <translation>No data for this chart.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/chart_view.py" line="370"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
</context>
<context>
    <name>CheckSettingsDialog</name>
    <message>
        <location filename="../../desktop_app/gui/stages/validate.py" line="72"/>
        <source>Pengaturan Pemeriksaan</source>
        <translation>Check settings</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/validate.py" line="74"/>
        <source>Kolom kunci: gabungan nilainya harus unik di setiap baris (biasanya kolom periode dan kategori). Baris dengan kunci yang sama dilaporkan sebagai kesalahan.</source>
        <translation>Key columns: together their values must be unique in every row (usually the period and category columns). Rows with the same key are reported as errors.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/validate.py" line="94"/>
        <source>Tidak diperiksa</source>
        <translation>Not checked</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/validate.py" line="96"/>
        <source>Total suatu periode yang naik atau turun lebih dari ini dibanding periode sebelumnya dilaporkan sebagai peringatan. 0: tidak diperiksa.</source>
        <translation>A period whose total rises or falls by more than this against the previous period is reported as a warning. 0: not checked.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/validate.py" line="99"/>
        <source>Ambang perubahan antarperiode:</source>
        <translation>Change threshold between periods:</translation>
    </message>
</context>
<context>
    <name>ColumnTypes</name>
    <message>
        <location filename="../../desktop_app/gui/dialogs/new_dataset.py" line="29"/>
        <source>Teks</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/new_dataset.py" line="30"/>
        <source>Bilangan bulat</source>
        <translation>Whole number</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/new_dataset.py" line="31"/>
        <source>Desimal</source>
        <translation>Decimal</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/new_dataset.py" line="32"/>
        <source>Persen</source>
        <translation>Percent</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/new_dataset.py" line="33"/>
        <source>Rupiah</source>
        <translation>Rupiah</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/new_dataset.py" line="34"/>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/new_dataset.py" line="35"/>
        <source>Periode</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/new_dataset.py" line="36"/>
        <source>Kategori</source>
        <translation>Category</translation>
    </message>
</context>
<context>
    <name>ComposeDialog</name>
    <message>
        <location filename="../../desktop_app/gui/dialogs/compose.py" line="252"/>
        <source>Susun Publikasi</source>
        <translation>Compose publication</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/compose.py" line="55"/>
        <source>Buklet</source>
        <translation>Booklet</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/compose.py" line="56"/>
        <source>Halaman Web</source>
        <translation>Web page</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/compose.py" line="101"/>
        <source>(tanpa tabel)</source>
        <translation>(no table)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/compose.py" line="274"/>
        <source>&amp;Judul</source>
        <translation>&amp;Title</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/compose.py" line="275"/>
        <source>&amp;Jenis</source>
        <translation>T&amp;ype</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/compose.py" line="133"/>
        <source>Judul &amp;bagian</source>
        <translation>Section &amp;heading</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/compose.py" line="54"/>
        <source>Brosur (A4 lipat tiga)</source>
        <translation>Leaflet (A4 tri-fold)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/compose.py" line="57"/>
        <source>Poster Papan Informasi</source>
        <translation>Info-board poster</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/compose.py" line="104"/>
        <source>Tabel</source>
        <translation>Table</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/compose.py" line="106"/>
        <source>Grafik batang</source>
        <translation>Bar chart</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/compose.py" line="108"/>
        <source>Narasi otomatis</source>
        <translation>Automatic narrative</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/compose.py" line="110"/>
        <source>Narasi dari data; boleh disunting.</source>
        <translation>Narrative from the data; may be edited.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/compose.py" line="112"/>
        <source>Buat Ulang Narasi</source>
        <translation>Regenerate narrative</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/compose.py" line="113"/>
        <location filename="../../desktop_app/gui/dialogs/compose.py" line="206"/>
        <source>(tanpa gambar)</source>
        <translation>(no image)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/compose.py" line="115"/>
        <source>Pilih &amp;Gambar…</source>
        <translation>Choose &amp;image…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/compose.py" line="116"/>
        <source>Hapus Gambar</source>
        <translation>Remove image</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/compose.py" line="118"/>
        <source>Keterangan gambar</source>
        <translation>Image caption</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/compose.py" line="134"/>
        <source>&amp;Teks</source>
        <translation>Te&amp;xt</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/compose.py" line="135"/>
        <source>Tabel dari &amp;Keluaran</source>
        <translation>Table from &amp;output</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/compose.py" line="137"/>
        <location filename="../../desktop_app/gui/dialogs/compose.py" line="219"/>
        <source>Narasi</source>
        <translation>Narrative</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/compose.py" line="138"/>
        <source>Gambar</source>
        <translation>Image</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/compose.py" line="168"/>
        <source>Catatan Kepala untuk bagian ini:</source>
        <translation>Notes from the head of office on this section:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/compose.py" line="186"/>
        <location filename="../../desktop_app/gui/dialogs/compose.py" line="193"/>
        <source>Pilih Gambar</source>
        <translation>Choose image</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/compose.py" line="187"/>
        <source>Gambar PNG/JPEG (*.png *.jpg *.jpeg)</source>
        <translation>PNG/JPEG images (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/compose.py" line="205"/>
        <source>(gambar tidak terbaca)</source>
        <translation>(image cannot be read)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/compose.py" line="269"/>
        <source>Kata pengantar Kepala Dinas</source>
        <translation>Foreword by the head of office</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/compose.py" line="276"/>
        <source>&amp;Kertas</source>
        <translation>&amp;Paper</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/compose.py" line="277"/>
        <source>Kata &amp;Pengantar</source>
        <translation>&amp;Foreword</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/compose.py" line="286"/>
        <source>Seret untuk mengubah urutan bagian</source>
        <translation>Drag to change the order of sections</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/compose.py" line="287"/>
        <source>Tambah Bagian</source>
        <translation>Add section</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/compose.py" line="288"/>
        <source>Hapus</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/compose.py" line="289"/>
        <source>Naik</source>
        <translation>Up</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/compose.py" line="290"/>
        <source>Pindahkan bagian ke atas (Alt+Up)</source>
        <translation>Move the section up (Alt+Up)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/compose.py" line="292"/>
        <source>Turun</source>
        <translation>Down</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/compose.py" line="293"/>
        <source>Pindahkan bagian ke bawah (Alt+Down)</source>
        <translation>Move the section down (Alt+Down)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/compose.py" line="301"/>
        <source>Catatan Perbaikan dari Kepala:</source>
        <translation>Revision notes from the head of office:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/compose.py" line="310"/>
        <source>&lt;b&gt;Bagian&lt;/b&gt; (seret untuk mengurutkan)</source>
        <translation>&lt;b&gt;Sections&lt;/b&gt; (drag to reorder)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/compose.py" line="315"/>
        <source>Isi Bagian</source>
        <translation>Section content</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/compose.py" line="328"/>
        <source>Pratinjau PDF</source>
        <translation>PDF preview</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/compose.py" line="339"/>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/compose.py" line="340"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/compose.py" line="362"/>
        <source>Bagian baru</source>
        <translation>New section</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/compose.py" line="389"/>
        <source>(tanpa judul)</source>
        <translation>(untitled)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/compose.py" line="449"/>
        <source>A4 mendatar, lipat tiga</source>
        <translation>A4 landscape, tri-fold</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/compose.py" line="450"/>
        <source>A4 tegak (versi cetak)</source>
        <translation>A4 portrait (print version)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/compose.py" line="461"/>
        <source>Ditandatangani: {title} — {name}</source>
        <translation>Signed by: {title} — {name}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/compose.py" line="462"/>
        <source>(nama Kepala belum diisi)</source>
        <translation>(head of office&apos;s name not filled in)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/compose.py" line="517"/>
        <source>Menyusun pratinjau…</source>
        <translation>Building the preview…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/compose.py" line="530"/>
        <source>Pratinjau: {n} halaman</source>
        <translation>Preview: {n} page(s)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/compose.py" line="534"/>
        <source>Pratinjau gagal dibuat: {err}</source>
        <translation>The preview could not be made: {err}</translation>
    </message>
</context>
<context>
    <name>ConfirmationDialog</name>
    <message>
        <location filename="../../desktop_app/gui/dialogs/confirmation.py" line="27"/>
        <source>Kumpulan Data: {name}</source>
        <translation>Dataset: {name}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/confirmation.py" line="36"/>
        <source>Lampirkan berkas…</source>
        <translation>Attach file…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/confirmation.py" line="38"/>
        <source>Surat balasan hasil pindaian: PDF, JPG atau PNG.</source>
        <translation>The scanned reply letter: PDF, JPG or PNG.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/confirmation.py" line="40"/>
        <source>Belum ada lampiran.</source>
        <translation>No attachment yet.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/confirmation.py" line="45"/>
        <source>Lampiran:</source>
        <translation>Attachment:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/confirmation.py" line="50"/>
        <source>Lampirkan surat hasil pindaian</source>
        <translation>Attach the scanned letter</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/confirmation.py" line="51"/>
        <source>Surat (*.pdf *.jpg *.jpeg *.png)</source>
        <translation>Letters (*.pdf *.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/confirmation.py" line="61"/>
        <location filename="../../desktop_app/gui/dialogs/confirmation.py" line="65"/>
        <source>Lampiran</source>
        <translation>Attachment</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/confirmation.py" line="62"/>
        <source>Berkas tidak dapat dibaca.</source>
        <translation>The file cannot be read.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/confirmation.py" line="66"/>
        <source>Berkas lampiran terlalu besar (maksimal 10 MB).</source>
        <translation>The attached file is too large (at most 10 MB).</translation>
    </message>
    <message>
        <location filename="../../ui/confirmation_dialog.ui" line="6"/>
        <source>Konfirmasi Data</source>
        <translation>Source confirmation</translation>
    </message>
    <message>
        <location filename="../../ui/confirmation_dialog.ui" line="16"/>
        <source>&amp;Sumber data</source>
        <translation>Data &amp;source</translation>
    </message>
    <message>
        <location filename="../../ui/confirmation_dialog.ui" line="18"/>
        <source>&amp;Cara konfirmasi</source>
        <translation>C&amp;hannel</translation>
    </message>
    <message>
        <location filename="../../ui/confirmation_dialog.ui" line="20"/>
        <source>&amp;Narahubung</source>
        <translation>&amp;Contact person</translation>
    </message>
    <message>
        <location filename="../../ui/confirmation_dialog.ui" line="22"/>
        <source>&amp;Tanggal</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <location filename="../../ui/confirmation_dialog.ui" line="24"/>
        <source>&amp;Hasil</source>
        <translation>&amp;Outcome</translation>
    </message>
    <message>
        <location filename="../../ui/confirmation_dialog.ui" line="26"/>
        <source>Ca&amp;tatan</source>
        <translation>&amp;Notes</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <location filename="../../desktop_app/gui/dashboard.py" line="52"/>
        <source>Laporan Pelaksanaan…</source>
        <translation>Implementation report…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dashboard.py" line="59"/>
        <source>Item per langkah SOP</source>
        <translation>Items per SOP step</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dashboard.py" line="78"/>
        <source>Terlambat</source>
        <translation>Late</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dashboard.py" line="79"/>
        <source>Hampir terlambat (≥ 80% Waktu Baku)</source>
        <translation>Nearly late (≥ 80% of standard time)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dashboard.py" line="105"/>
        <source>&lt;h2&gt;Selamat datang, {name}&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Welcome, {name}&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dashboard.py" line="115"/>
        <source>{n} item</source>
        <translation>{n} item(s)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dashboard.py" line="117"/>
        <source>&lt;span style=&apos;color:#b23a48&apos;&gt;{n} terlambat&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#b23a48&apos;&gt;{n} late&lt;/span&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dashboard.py" line="120"/>
        <source>&lt;span style=&apos;color:#a86200&apos;&gt;{n} hampir terlambat&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#a86200&apos;&gt;{n} nearly late&lt;/span&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dashboard.py" line="125"/>
        <source>Item per langkah</source>
        <translation>Items per step</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dashboard.py" line="126"/>
        <source>Item</source>
        <translation>Items</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dashboard.py" line="127"/>
        <location filename="../../desktop_app/gui/dashboard.py" line="134"/>
        <source>Langkah SOP</source>
        <translation>SOP step</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dashboard.py" line="131"/>
        <source>Tepat waktu bulan ini (%)</source>
        <translation>On time this month (%)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dashboard.py" line="132"/>
        <source>Tepat waktu bulan ini: belum ada langkah yang selesai</source>
        <translation>On time this month: no steps completed yet</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dashboard.py" line="133"/>
        <source>% tepat waktu</source>
        <translation>% on time</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dashboard.py" line="135"/>
        <source>Tidak ada item yang terlambat.</source>
        <translation>No late items.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dashboard.py" line="137"/>
        <source>Tidak ada item yang hampir terlambat.</source>
        <translation>No items nearly late.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dashboard.py" line="139"/>
        <source>&lt;b&gt;Menunggu persetujuan Kepala Dinas: {n}&lt;/b&gt;</source>
        <translation>&lt;b&gt;Awaiting approval by the head of office: {n}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dashboard.py" line="147"/>
        <source>{label} — langkah {n} {step}: {spent} / {std}</source>
        <translation>{label} — step {n} {step}: {spent} / {std}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dashboard.py" line="152"/>
        <source>Klik dua kali untuk membuka.</source>
        <translation>Double-click to open.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dashboard.py" line="162"/>
        <source>&lt;span style=&apos;color:#b23a48&apos;&gt;&lt;b&gt;Belum pernah dicadangkan.&lt;/b&gt; Buka tab 8 Arsip.&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#b23a48&apos;&gt;&lt;b&gt;Never backed up.&lt;/b&gt; Open tab 8 Archive.&lt;/span&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dashboard.py" line="165"/>
        <source>&lt;span style=&apos;color:#b23a48&apos;&gt;&lt;b&gt;Cadangan terverifikasi terakhir: {days} hari yang lalu&lt;/b&gt; (batas {limit} hari). Buat cadangan di tab 8 Arsip.&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#b23a48&apos;&gt;&lt;b&gt;Last verified backup: {days} day(s) ago&lt;/b&gt; (limit {limit} days). Make a backup in tab 8 Archive.&lt;/span&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dashboard.py" line="170"/>
        <source>Cadangan terverifikasi terakhir: {days} hari yang lalu.</source>
        <translation>Last verified backup: {days} day(s) ago.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dashboard.py" line="181"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dashboard.py" line="182"/>
        <source>Buku kerja Excel (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dashboard.py" line="183"/>
        <source>Simpan Laporan Pelaksanaan</source>
        <translation>Save implementation report</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dashboard.py" line="190"/>
        <source>Laporan Pelaksanaan</source>
        <translation>Implementation report</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dashboard.py" line="192"/>
        <source>Laporan Pelaksanaan disimpan: {file}</source>
        <translation>Implementation report saved: {file}</translation>
    </message>
</context>
<context>
    <name>DataGrid</name>
    <message>
        <location filename="../../desktop_app/gui/widgets/data_grid.py" line="133"/>
        <source>Salin</source>
        <translation>Copy</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/data_grid.py" line="135"/>
        <location filename="../../desktop_app/gui/widgets/data_grid.py" line="274"/>
        <source>Tempel</source>
        <translation>Paste</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/data_grid.py" line="137"/>
        <location filename="../../desktop_app/gui/widgets/data_grid.py" line="327"/>
        <source>Kosongkan Sel</source>
        <translation>Clear cells</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/data_grid.py" line="139"/>
        <location filename="../../desktop_app/gui/widgets/data_grid.py" line="219"/>
        <source>Sisipkan Baris</source>
        <translation>Insert row</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/data_grid.py" line="141"/>
        <location filename="../../desktop_app/gui/widgets/data_grid.py" line="230"/>
        <source>Hapus Baris</source>
        <translation>Remove row</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/data_grid.py" line="143"/>
        <source>Urungkan</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/data_grid.py" line="144"/>
        <source>Ulangi</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/data_grid.py" line="208"/>
        <source>Tambah Baris</source>
        <translation>Add row</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/data_grid.py" line="306"/>
        <source>{count} kolom di luar tabel diabaikan.</source>
        <translation>{count} column(s) beyond the table ignored.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/grid_model.py" line="221"/>
        <source>“{text}” tidak terbaca sebagai {type}. Tulis angka seperti 1.234.567 atau 12,5.</source>
        <translation>“{text}” cannot be read as {type}. Write numbers like 1.234.567 or 12,5.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/grid_model.py" line="230"/>
        <source>Ubah Sel</source>
        <translation>Edit cell</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/grid_model.py" line="252"/>
        <source>{name}
Jenis: {type}</source>
        <translation>{name}
Type: {type}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/grid_model.py" line="254"/>
        <source>Satuan: {unit}</source>
        <translation>Unit: {unit}</translation>
    </message>
</context>
<context>
    <name>DatasetTab</name>
    <message>
        <location filename="../../desktop_app/gui/stages/dataset_tab.py" line="28"/>
        <source>Kelompok: {group} · Satuan: {unit} · Periode: {period}</source>
        <translation>Group: {group} · Unit: {unit} · Period: {period}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/dataset_tab.py" line="30"/>
        <source>Sumber: {source} · Penyusun: {author} · {rows} baris</source>
        <translation>Source: {source} · Author: {author} · {rows} row(s)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/dataset_tab.py" line="34"/>
        <source>Data contoh (bukan data resmi).</source>
        <translation>Sample data (not official data).</translation>
    </message>
</context>
<context>
    <name>DelegationDialog</name>
    <message>
        <location filename="../../desktop_app/gui/dialogs/admin.py" line="141"/>
        <source>Tunjuk Plt. Kepala Dinas</source>
        <translation>Appoint acting head</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/admin.py" line="151"/>
        <source>Pegawai</source>
        <translation>Employee</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/admin.py" line="152"/>
        <source>Mulai</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/admin.py" line="153"/>
        <source>Sampai</source>
        <translation>Until</translation>
    </message>
</context>
<context>
    <name>DistributionDialog</name>
    <message>
        <location filename="../../desktop_app/gui/dialogs/distribution.py" line="32"/>
        <source>Cetak</source>
        <translation>Print</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/distribution.py" line="33"/>
        <source>Situs web</source>
        <translation>Website</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/distribution.py" line="34"/>
        <source>Papan pengumuman</source>
        <translation>Notice board</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/distribution.py" line="35"/>
        <source>Media sosial</source>
        <translation>Social media</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/distribution.py" line="36"/>
        <source>Dikirim ke</source>
        <translation>Sent to</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/distribution.py" line="45"/>
        <source>Catat Distribusi — {title}</source>
        <translation>Record distribution — {title}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/distribution.py" line="61"/>
        <source>contoh: Bappeda Kota Tebing Tinggi</source>
        <translation>e.g. Bappeda Kota Tebing Tinggi</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/distribution.py" line="64"/>
        <source>Saluran</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/distribution.py" line="65"/>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/distribution.py" line="66"/>
        <source>Jumlah eksemplar</source>
        <translation>Number of copies</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/distribution.py" line="67"/>
        <source>Alamat tautan</source>
        <translation>Link address</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/distribution.py" line="68"/>
        <source>Dikirim kepada</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/distribution.py" line="69"/>
        <source>Keterangan</source>
        <translation>Description</translation>
    </message>
</context>
<context>
    <name>Findings</name>
    <message>
        <location filename="../../desktop_app/gui/messages.py" line="188"/>
        <source>kunci baris sama dengan baris {row}</source>
        <translation>same row key as row {row}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/messages.py" line="190"/>
        <source>jumlah tidak sama dengan penjumlahan bagian-bagiannya (seharusnya {value})</source>
        <translation>total is not the sum of its parts (should be {value})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/messages.py" line="193"/>
        <source>data periode {period} tidak ada</source>
        <translation>no data for period {period}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/messages.py" line="195"/>
        <source>data {count} periode lain juga tidak ada</source>
        <translation>no data for {count} more periods either</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/messages.py" line="197"/>
        <source>perubahan dari periode sebelumnya melebihi ambang batas ({change})</source>
        <translation>change from the previous period exceeds the threshold ({change})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/messages.py" line="200"/>
        <source>perubahan dibanding edisi sebelumnya melebihi ambang batas ({change})</source>
        <translation>change against the previous edition exceeds the threshold ({change})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/messages.py" line="203"/>
        <source>kosong</source>
        <translation>empty</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/messages.py" line="204"/>
        <source>bukan angka</source>
        <translation>not a number</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/messages.py" line="205"/>
        <source>bukan bilangan bulat</source>
        <translation>not a whole number</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/messages.py" line="206"/>
        <source>persen di luar 0–100</source>
        <translation>percentage outside 0–100</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/messages.py" line="207"/>
        <source>bernilai negatif</source>
        <translation>negative value</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/messages.py" line="208"/>
        <source>periode tidak dikenal (contoh: 2025-01, 2025-Q1, 2025-S1)</source>
        <translation>unknown period (examples: 2025-01, 2025-Q1, 2025-S1)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/messages.py" line="209"/>
        <source>tanggal tidak dikenal (contoh: 2025-03-12)</source>
        <translation>unknown date (example: 2025-03-12)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/messages.py" line="210"/>
        <source>kode tidak ada dalam daftar kode</source>
        <translation>code not in the code list</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/messages.py" line="211"/>
        <source>baris ganda</source>
        <translation>duplicate row</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/messages.py" line="212"/>
        <source>Kumpulan Data belum berisi baris</source>
        <translation>Dataset has no rows yet</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/messages.py" line="213"/>
        <source>kunci baris ganda</source>
        <translation>repeated row key</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/messages.py" line="214"/>
        <source>jumlah tidak sama dengan penjumlahan bagian-bagiannya</source>
        <translation>total is not the sum of its parts</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/messages.py" line="215"/>
        <source>data suatu periode tidak ada</source>
        <translation>no data for a period</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/messages.py" line="216"/>
        <source>data periode lain juga tidak ada</source>
        <translation>no data for other periods either</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/messages.py" line="217"/>
        <source>perubahan antarperiode melebihi ambang batas</source>
        <translation>change between periods exceeds the threshold</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <location filename="../../desktop_app/gui/dialogs/guide_dialog.py" line="50"/>
        <location filename="../../desktop_app/gui/dialogs/guide_dialog.py" line="143"/>
        <source>Panduan Pengguna</source>
        <translation>User Guide</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/guide_dialog.py" line="61"/>
        <source>Buat Panduan Lengkap</source>
        <translation>Make Full Guide</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/guide_dialog.py" line="62"/>
        <source>Mengambil gambar layar dari program pada data demo, lalu membuat PDF panduan (± 1 menit)</source>
        <translation>Takes screenshots of the program on the demo data, then makes the guide PDF (about 1 minute)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/guide_dialog.py" line="65"/>
        <source>Simpan sebagai PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/guide_dialog.py" line="67"/>
        <source>Cetak…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/guide_dialog.py" line="69"/>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/guide_dialog.py" line="95"/>
        <source>Panduan ini ditampilkan tanpa gambar layar karena berkas panduan lengkap belum ada.</source>
        <translation>This guide is shown without screenshots because the full guide file does not exist yet.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/guide_dialog.py" line="114"/>
        <source>Membuat panduan lengkap dengan gambar layar …</source>
        <translation>Making the full guide with screenshots …</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/guide_dialog.py" line="128"/>
        <source>Panduan lengkap tidak dapat dibuat. Panduan tanpa gambar layar tetap dapat dibaca, disimpan dan dicetak.</source>
        <translation>The full guide could not be made. The guide without screenshots can still be read, saved and printed.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/guide_dialog.py" line="133"/>
        <source>Simpan Panduan Pengguna</source>
        <translation>Save User Guide</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/guide_dialog.py" line="134"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/guide_dialog.py" line="143"/>
        <source>Berkas tidak dapat disimpan di folder itu. Pilih folder lain.</source>
        <translation>The file cannot be saved in that folder. Choose another folder.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/guide_dialog.py" line="146"/>
        <source>Panduan disimpan: {path}</source>
        <translation>Guide saved: {path}</translation>
    </message>
</context>
<context>
    <name>IdleLock</name>
    <message>
        <location filename="../../desktop_app/gui/idle_lock.py" line="57"/>
        <source>&lt;b&gt;PADI terkunci&lt;/b&gt;</source>
        <translation>&lt;b&gt;PADI is locked&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/idle_lock.py" line="63"/>
        <source>Kata sandi</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/idle_lock.py" line="68"/>
        <source>Buka Kunci</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/idle_lock.py" line="70"/>
        <source>Ganti Pengguna</source>
        <translation>Switch user</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/idle_lock.py" line="140"/>
        <source>Layar dikunci karena tidak ada kegiatan. Masukkan kata sandi {name} untuk melanjutkan; pekerjaan yang belum disimpan tetap ada.</source>
        <translation>The screen was locked because of inactivity. Enter the password of {name} to continue; unsaved work is still there.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../desktop_app/gui/dialogs/import_preview.py" line="52"/>
        <source>bukan angka</source>
        <translation>not a number</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/import_preview.py" line="53"/>
        <source>bukan bilangan bulat</source>
        <translation>not a whole number</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/import_preview.py" line="54"/>
        <source>tanggal tidak dikenali</source>
        <translation>date not recognised</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/import_preview.py" line="55"/>
        <source>periode tidak dikenali</source>
        <translation>period not recognised</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/import_preview.py" line="56"/>
        <source>sel berisi galat rumus Excel</source>
        <translation>cell holds an Excel formula error</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/import_preview.py" line="57"/>
        <source>baris jumlah/total dilewati</source>
        <translation>total row left out</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/import_preview.py" line="58"/>
        <source>baris kosong dibuang</source>
        <translation>blank rows dropped</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/import_preview.py" line="59"/>
        <source>kolom kosong dibuang</source>
        <translation>blank columns dropped</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/import_preview.py" line="60"/>
        <source>baris judul di atas tabel dilewati</source>
        <translation>title rows above the table left out</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/import_preview.py" line="61"/>
        <source>judul kolom dua baris digabung</source>
        <translation>two-row column headers joined</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/import_preview.py" line="62"/>
        <source>lembar tersembunyi dilewati</source>
        <translation>hidden sheet skipped</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/import_preview.py" line="63"/>
        <source>lembar tersembunyi dipilih</source>
        <translation>hidden sheet chosen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/import_preview.py" line="64"/>
        <source>lembar kosong dilewati</source>
        <translation>empty sheet skipped</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/import_preview.py" line="65"/>
        <source>baris nomor kolom (1, 2, 3, …) dilewati</source>
        <translation>column-number row (1, 2, 3, …) left out</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/import_preview.py" line="66"/>
        <source>baris tanda tangan di bawah tabel dilewati</source>
        <translation>signature rows under the table left out</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/import_preview.py" line="67"/>
        <source>kolom tanpa judul diberi nama</source>
        <translation>column without a header given a name</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/import_preview.py" line="68"/>
        <source>judul kolom kembar diberi nomor</source>
        <translation>duplicate column headers numbered</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/import_preview.py" line="69"/>
        <source>persen Excel (0,155) diubah menjadi 15,5</source>
        <translation>Excel percentages (0.155) turned into 15.5</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/import_preview.py" line="70"/>
        <source>nomor tanggal Excel diubah menjadi tanggal</source>
        <translation>Excel date numbers turned into dates</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/import_preview.py" line="71"/>
        <source>pengodean teks CSV</source>
        <translation>CSV text encoding</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/import_preview.py" line="72"/>
        <source>pemisah kolom CSV</source>
        <translation>CSV column separator</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/import_preview.py" line="77"/>
        <source>baris {row}</source>
        <translation>row {row}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/import_preview.py" line="79"/>
        <source>kolom {column}</source>
        <translation>column {column}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/import_preview.py" line="90"/>
        <source>Impor Lembar Kerja — {name}</source>
        <translation>Import workbook — {name}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/import_preview.py" line="96"/>
        <source>Baca Ulang</source>
        <translation>Read again</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/import_preview.py" line="99"/>
        <source>Lembar</source>
        <translation>Sheet</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/import_preview.py" line="101"/>
        <source>Baris judul kolom</source>
        <translation>Header row</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/import_preview.py" line="105"/>
        <source>Kolom</source>
        <translation>Column</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/import_preview.py" line="105"/>
        <source>Tipe</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/import_preview.py" line="115"/>
        <source>Simpan ke</source>
        <translation>Save to</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/import_preview.py" line="117"/>
        <source>Kumpulan Data baru</source>
        <translation>New dataset</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/import_preview.py" line="119"/>
        <source>Tambahkan ke draf</source>
        <translation>Add to draft</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/import_preview.py" line="127"/>
        <source>Lewati baris yang masih bermasalah (dicatat)</source>
        <translation>Skip rows that still have problems (logged)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/import_preview.py" line="131"/>
        <location filename="../../desktop_app/gui/dialogs/import_preview.py" line="221"/>
        <location filename="../../desktop_app/gui/dialogs/import_preview.py" line="252"/>
        <source>Impor</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/import_preview.py" line="137"/>
        <source>Tipe kolom (dapat diubah)</source>
        <translation>Column types (can be changed)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/import_preview.py" line="139"/>
        <source>Masalah dan catatan (klik dua kali untuk ke sel)</source>
        <translation>Problems and notes (double-click to go to the cell)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/import_preview.py" line="242"/>
        <source>{rows} baris siap diimpor ke {columns} kolom.</source>
        <translation>{rows} row(s) ready to import into {columns} column(s).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/import_preview.py" line="245"/>
        <source>{bad} baris masih berisi sel yang tidak sesuai tipenya: perbaiki selnya atau centang &apos;Lewati&apos;.</source>
        <translation>{bad} row(s) still hold cells that do not fit their type: fix the cells or tick &apos;Skip&apos;.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/import_preview.py" line="253"/>
        <source>Masih ada sel yang tidak sesuai tipenya. Perbaiki selnya, atau centang &apos;Lewati baris yang masih bermasalah&apos;.</source>
        <translation>Some cells still do not fit their type. Fix them, or tick &apos;Skip rows that still have problems&apos;.</translation>
    </message>
</context>
<context>
    <name>InfoBoard</name>
    <message>
        <location filename="../../desktop_app/gui/infoboard.py" line="57"/>
        <source>{what} seluruhnya</source>
        <translation>{what}, overall</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/infoboard.py" line="78"/>
        <source>Mode Papan Informasi</source>
        <translation>Info-board mode</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/infoboard.py" line="94"/>
        <source>Belum ada Keluaran yang dipilih.</source>
        <translation>No outputs chosen.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/infoboard.py" line="153"/>
        <source>Telp. {phone} · Faks. {fax} · E-mail: {email}</source>
        <translation>Phone {phone} · Fax {fax} · E-mail: {email}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/infoboard.py" line="175"/>
        <source>{n} / {total}  ·  → berikutnya, ← sebelumnya, Esc keluar</source>
        <translation>{n} / {total}  ·  → next, ← previous, Esc to leave</translation>
    </message>
</context>
<context>
    <name>InfoBoardDialog</name>
    <message>
        <location filename="../../desktop_app/gui/infoboard.py" line="211"/>
        <source>Mode Papan Informasi</source>
        <translation>Info-board mode</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/infoboard.py" line="221"/>
        <source> detik</source>
        <translation> seconds</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/infoboard.py" line="223"/>
        <source>Ganti slide setiap:</source>
        <translation>Change slide every:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/infoboard.py" line="229"/>
        <source>Keluaran yang ditampilkan (grafik dan angka kunci):</source>
        <translation>Outputs to show (charts and key figures):</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/infoboard.py" line="233"/>
        <source>Tombol → atau Spasi: berikutnya · ←: sebelumnya · Esc: keluar</source>
        <translation>→ or Space: next · ←: previous · Esc: leave</translation>
    </message>
</context>
<context>
    <name>Jobs</name>
    <message>
        <location filename="../../desktop_app/gui/jobs.py" line="80"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../desktop_app/gui/labels.py" line="18"/>
        <source>Kepala Dinas</source>
        <translation>Head of office</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/labels.py" line="19"/>
        <source>Sekretaris</source>
        <translation>Secretary</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/labels.py" line="20"/>
        <source>Kasubag Program</source>
        <translation>Programme sub-section head</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/labels.py" line="21"/>
        <source>Staf</source>
        <translation>Staff</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/labels.py" line="27"/>
        <source>Persiapan</source>
        <translation>Preparation</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/labels.py" line="27"/>
        <source>Validasi</source>
        <translation>Validation</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/labels.py" line="28"/>
        <source>Pengolahan</source>
        <translation>Processing</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/labels.py" line="28"/>
        <source>Penyajian</source>
        <translation>Presentation</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/labels.py" line="29"/>
        <source>Pengajuan</source>
        <translation>Submission</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/labels.py" line="29"/>
        <source>Persetujuan</source>
        <translation>Approval</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/labels.py" line="30"/>
        <source>Publikasi</source>
        <translation>Publication</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/labels.py" line="30"/>
        <source>Arsip</source>
        <translation>Archive</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/labels.py" line="37"/>
        <source>Jumlah</source>
        <translation>Sum</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/labels.py" line="37"/>
        <source>Banyaknya</source>
        <translation>Count</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/labels.py" line="38"/>
        <source>Rata-rata</source>
        <translation>Average</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/labels.py" line="38"/>
        <source>Minimum</source>
        <translation>Minimum</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/labels.py" line="39"/>
        <source>Maksimum</source>
        <translation>Maximum</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/labels.py" line="40"/>
        <source>Persentase dari total</source>
        <translation>Share of the total</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/labels.py" line="46"/>
        <source>Telepon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/labels.py" line="46"/>
        <source>Surat</source>
        <translation>Letter</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/labels.py" line="47"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/labels.py" line="47"/>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/labels.py" line="48"/>
        <source>Rapat/tatap muka</source>
        <translation>Meeting/in person</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/labels.py" line="55"/>
        <source>Menunggu jawaban</source>
        <translation>Awaiting an answer</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/labels.py" line="68"/>
        <source>1 hari kerja</source>
        <translation>1 working day</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/labels.py" line="68"/>
        <source>1 hari</source>
        <translation>1 day</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/labels.py" line="70"/>
        <source>{n} hari kerja</source>
        <translation>{n} working days</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/labels.py" line="71"/>
        <source>{n} hari</source>
        <translation>{n} days</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/labels.py" line="73"/>
        <source>{n} jam</source>
        <translation>{n} h</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/labels.py" line="75"/>
        <source>{n} mnt</source>
        <translation>{n} min</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/labels.py" line="54"/>
        <source>Sesuai</source>
        <translation>Confirmed</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/labels.py" line="54"/>
        <source>Diperbaiki sesuai sumber</source>
        <translation>Corrected from the source</translation>
    </message>
</context>
<context>
    <name>LetterDialog</name>
    <message>
        <location filename="../../desktop_app/gui/stages/validate.py" line="122"/>
        <source>Surat Permohonan Konfirmasi</source>
        <translation>Confirmation request letter</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/validate.py" line="124"/>
        <source>Kumpulan Data: {name}</source>
        <translation>Dataset: {name}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/validate.py" line="129"/>
        <source>contoh: 050/123/DPMPTSP/III/2026</source>
        <translation>e.g. 050/123/DPMPTSP/III/2026</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/validate.py" line="131"/>
        <source>contoh: Kepala Bidang Pelayanan Perizinan</source>
        <translation>e.g. Kepala Bidang Pelayanan Perizinan</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/validate.py" line="132"/>
        <source>Tempat</source>
        <translation>Tempat</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/validate.py" line="133"/>
        <source>Nomor surat:</source>
        <translation>Letter number:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/validate.py" line="134"/>
        <source>Kepada Yth.:</source>
        <translation>To (Kepada Yth.):</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/validate.py" line="135"/>
        <source>di:</source>
        <translation>At (di):</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../desktop_app/gui/login_dialog.py" line="34"/>
        <source>Membuka basis data…</source>
        <translation>Opening the database…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/login_dialog.py" line="39"/>
        <source>Mode demo — akun: {users}; kata sandi: padi-demo</source>
        <translation>Demo mode — accounts: {users}; password: padi-demo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/login_dialog.py" line="65"/>
        <source>Kata sandi yang diatur ulang administrator harus diganti sebelum bekerja.</source>
        <translation>A password reset by an administrator must be changed before you can work.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/login_dialog.py" line="75"/>
        <source>Ganti Kata Sandi</source>
        <translation>Change password</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/login_dialog.py" line="75"/>
        <source>Kata sandi Anda diatur ulang oleh administrator. Pilih kata sandi baru.</source>
        <translation>Your password was reset by an administrator. Choose a new password.</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.ui" line="6"/>
        <source>PADI — Masuk</source>
        <translation>PADI — Log in</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.ui" line="10"/>
        <source>&lt;b&gt;PADI&lt;/b&gt; — Pengelolaan Data dan Informasi</source>
        <translation>&lt;b&gt;PADI&lt;/b&gt; — Data and Information Management</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.ui" line="25"/>
        <source>Nama &amp;pengguna</source>
        <translation>&amp;User name</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.ui" line="32"/>
        <source>&amp;Kata sandi</source>
        <translation>&amp;Password</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="50"/>
        <source>PADI — Pengelolaan Data dan Informasi</source>
        <translation>PADI — Data and Information Management</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="54"/>
        <source>Dasbor</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="69"/>
        <source>Catatan Aktivitas</source>
        <translation>Activity log</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="74"/>
        <source>Pengaturan</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="78"/>
        <source>Basis data: {db}</source>
        <translation>Database: {db}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="92"/>
        <source>Cari data atau publikasi</source>
        <translation>Search data or publications</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="102"/>
        <source>&amp;Berkas</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="103"/>
        <source>&amp;Ganti Pengguna</source>
        <translation>&amp;Switch user</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="107"/>
        <source>&amp;Laporan Pelaksanaan…</source>
        <translation>&amp;Implementation report…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="110"/>
        <source>&amp;Muat Ulang</source>
        <translation>&amp;Reload</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="114"/>
        <source>&amp;Keluar</source>
        <translation>E&amp;xit</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="118"/>
        <source>&amp;Langkah</source>
        <translation>&amp;Steps</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="125"/>
        <source>Ba&amp;ntuan</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="126"/>
        <source>Pan&amp;duan Pengguna</source>
        <translation>User &amp;Guide</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="130"/>
        <source>&amp;Pintasan Papan Ketik</source>
        <translation>&amp;Keyboard Shortcuts</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="134"/>
        <source>Tentang PADI</source>
        <translation>About PADI</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="153"/>
        <source>Cadangan terakhir: {when}</source>
        <translation>Last backup: {when}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="154"/>
        <source>Belum ada cadangan</source>
        <translation>No backup yet</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="165"/>
        <source>Kumpulan Data itu sudah tidak ada pada tahap mana pun.</source>
        <translation>That dataset is no longer in any stage.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="177"/>
        <source>Publikasi itu tidak ada pada tahap mana pun.</source>
        <translation>That publication is not in any stage.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="203"/>
        <source>Semua tab dimuat ulang.</source>
        <translation>All tabs reloaded.</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../desktop_app/gui/messages.py" line="18"/>
        <source>Nama pengguna atau kata sandi salah.</source>
        <translation>User name or password is incorrect.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/messages.py" line="19"/>
        <source>Akun dikunci sementara setelah 5 kali gagal masuk. Coba lagi 15 menit lagi.</source>
        <translation>Account locked for now after 5 failed log-ins. Try again in 15 minutes.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/messages.py" line="20"/>
        <location filename="../../desktop_app/gui/messages.py" line="164"/>
        <source>Peran Anda tidak diizinkan melakukan tindakan ini.</source>
        <translation>Your role is not allowed to do this.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/messages.py" line="21"/>
        <source>Tindakan ini tidak dapat dilakukan pada tahap item saat ini.</source>
        <translation>This cannot be done at the item&apos;s current stage.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/messages.py" line="22"/>
        <source>Anda tidak dapat menyetujui publikasi yang Anda susun atau ajukan sendiri.</source>
        <translation>You cannot approve a publication that you composed or submitted yourself.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/messages.py" line="24"/>
        <source>Publikasi belum disetujui; hanya versi yang disetujui yang dapat diterbitkan.</source>
        <translation>The publication is not approved yet; only an approved version can be published.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/messages.py" line="26"/>
        <source>Isi publikasi berubah sejak ditinjau. Muat ulang lalu tinjau kembali.</source>
        <translation>The publication changed after it was reviewed. Reload it and review it again.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/messages.py" line="28"/>
        <source>Tuliskan minimal satu Catatan Perbaikan sebelum mengembalikan.</source>
        <translation>Write at least one revision note before returning.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/messages.py" line="29"/>
        <source>Pilih saluran distribusi dari daftar.</source>
        <translation>Choose a distribution channel from the list.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/messages.py" line="30"/>
        <source>Tanggal distribusi tidak boleh setelah hari ini.</source>
        <translation>The distribution date cannot be later than today.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/messages.py" line="31"/>
        <source>Isi jumlah eksemplar yang dicetak (minimal 1).</source>
        <translation>Enter the number of printed copies (at least 1).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/messages.py" line="32"/>
        <source>Jumlah eksemplar hanya diisi untuk distribusi cetak.</source>
        <translation>The number of copies is only filled in for print distribution.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/messages.py" line="33"/>
        <source>Isi alamat tautan lengkap yang diawali http:// atau https://.</source>
        <translation>Enter the full link address starting with http:// or https://.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/messages.py" line="34"/>
        <source>Isi kepada siapa publikasi dikirim.</source>
        <translation>Enter who the publication was sent to.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/messages.py" line="35"/>
        <source>Isi e-mail kantor (Pengaturan) atau kontak Kumpulan Data; data.json memerlukannya.</source>
        <translation>Fill in the office e-mail (Settings) or the dataset&apos;s contact; data.json needs one.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/messages.py" line="37"/>
        <source>Pemeriksaan terakhir masih menemukan kesalahan. Perbaiki data lalu periksa ulang.</source>
        <translation>The last check still found errors. Correct the data, then check again.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/messages.py" line="39"/>
        <source>Data berubah setelah pemeriksaan terakhir. Jalankan pemeriksaan lagi.</source>
        <translation>The data changed after the last check. Run the checks again.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/messages.py" line="40"/>
        <source>Catat minimal satu Konfirmasi Data dengan sumbernya terlebih dahulu.</source>
        <translation>Record at least one source confirmation first.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/messages.py" line="41"/>
        <source>Pemeriksaan terakhir tidak menemukan kesalahan; tidak ada yang perlu diterima.</source>
        <translation>The last check found no errors; there is nothing to accept.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/messages.py" line="43"/>
        <source>Kolom itu tidak ada dalam Kumpulan Data ini.</source>
        <translation>That column is not in this dataset.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/messages.py" line="44"/>
        <source>Ambang perubahan harus lebih dari 0%.</source>
        <translation>The change threshold must be more than 0%.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/messages.py" line="45"/>
        <source>Nomor surat wajib diisi.</source>
        <translation>The letter number is required.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/messages.py" line="46"/>
        <source>Tujuan surat (Kepada Yth.) wajib diisi.</source>
        <translation>The addressee (Kepada Yth.) is required.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/messages.py" line="47"/>
        <source>Surat tidak dapat disimpan di folder itu. Tutup berkas yang sama bila sedang dibuka, atau pilih folder lain.</source>
        <translation>The letter cannot be saved in that folder. Close the same file if it is open, or choose another folder.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/messages.py" line="50"/>
        <source>Berkas lampiran terlalu besar (maksimal 10 MB).</source>
        <translation>The attached file is too large (at most 10 MB).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/messages.py" line="51"/>
        <source>Konfirmasi Data ini tidak memiliki lampiran.</source>
        <translation>This source confirmation has no attachment.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/messages.py" line="52"/>
        <source>Konfirmasi Data itu tidak ditemukan. Muat ulang daftar.</source>
        <translation>That source confirmation was not found. Reload the list.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/messages.py" line="53"/>
        <source>Nama Kumpulan Data sudah dipakai. Pilih nama lain.</source>
        <translation>That dataset name is already in use. Choose another name.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/messages.py" line="54"/>
        <source>Nama Kumpulan Data wajib diisi.</source>
        <translation>Dataset name is required.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/messages.py" line="55"/>
        <source>Setiap kolom harus diberi nama.</source>
        <translation>Every column needs a name.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/messages.py" line="56"/>
        <source>Nama kolom tidak boleh sama.</source>
        <translation>Column names must all be different.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/messages.py" line="57"/>
        <source>Rekapitulasi memerlukan paling sedikit dua Kumpulan Data.</source>
        <translation>A recap needs at least two datasets.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/messages.py" line="58"/>
        <source>Kolom Kumpulan Data yang direkap tidak sama. Rincian menyebut kolom yang berbeda.</source>
        <translation>The columns of the datasets to recap are not the same. The details name the columns that differ.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/messages.py" line="60"/>
        <source>Sumber data wajib diisi.</source>
        <translation>Data source is required.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/messages.py" line="61"/>
        <source>Judul wajib diisi.</source>
        <translation>Title is required.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/messages.py" line="62"/>
        <source>Publikasi harus memiliki minimal satu bagian.</source>
        <translation>A publication needs at least one section.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/messages.py" line="63"/>
        <source>Gambar harus berupa berkas PNG atau JPEG yang utuh.</source>
        <translation>The image must be a complete PNG or JPEG file.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/messages.py" line="64"/>
        <source>Gambar terlalu besar (maksimal 2 MB).</source>
        <translation>The image is too large (2 MB at most).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/messages.py" line="65"/>
        <source>Ukuran kertas tidak sesuai dengan jenis publikasi.</source>
        <translation>The paper size does not suit the publication type.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/messages.py" line="66"/>
        <source>Format teks bagian tidak dikenali.</source>
        <translation>The section text format is not recognised.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/messages.py" line="67"/>
        <source>Nama Keluaran wajib diisi.</source>
        <translation>Output name is required.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/messages.py" line="68"/>
        <source>Alasan wajib diisi.</source>
        <translation>Reason is required.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/messages.py" line="69"/>
        <source>Nama kantor wajib diisi.</source>
        <translation>The office name is required.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/messages.py" line="70"/>
        <source>Logo harus berupa gambar PNG atau JPEG.</source>
        <translation>The logo must be a PNG or JPEG image.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/messages.py" line="71"/>
        <source>Logo terlalu besar (maksimal 2 MB).</source>
        <translation>The logo is too large (2 MB at most).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/messages.py" line="72"/>
        <source>Nama pengguna sudah dipakai.</source>
        <translation>That user name is already taken.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/messages.py" line="73"/>
        <source>Nama pengguna dan nama lengkap wajib diisi.</source>
        <translation>User name and full name are required.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/messages.py" line="74"/>
        <source>Kata sandi minimal 8 karakter.</source>
        <translation>The password needs at least 8 characters.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/messages.py" line="75"/>
        <source>Kata sandi terlalu panjang (maksimal 256 karakter).</source>
        <translation>The password is too long (256 characters at most).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/messages.py" line="76"/>
        <source>Kata sandi tidak boleh sama dengan nama pengguna.</source>
        <translation>The password must not be the same as the user name.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/messages.py" line="77"/>
        <source>Kata sandi tidak boleh hanya angka (misalnya NIP atau tanggal lahir); tambahkan huruf.</source>
        <translation>The password must not be digits only (such as a NIP or a date of birth); add letters.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/messages.py" line="79"/>
        <source>Kata sandi tidak boleh berupa satu karakter yang diulang.</source>
        <translation>The password must not be a single repeated character.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/messages.py" line="80"/>
        <source>Kata sandi ini terlalu umum dan mudah ditebak. Pilih yang lain.</source>
        <translation>This password is too common and easy to guess. Choose another.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/messages.py" line="81"/>
        <source>Kata sandi baru harus berbeda dari kata sandi lama.</source>
        <translation>The new password must be different from the old one.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/messages.py" line="82"/>
        <source>Kedua isian kata sandi baru tidak sama.</source>
        <translation>The two new password entries do not match.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/messages.py" line="83"/>
        <source>Basis data ini sedang dibuka oleh PADI lain (di komputer ini atau lewat jaringan). Tutup PADI yang lain itu terlebih dahulu.</source>
        <translation>This database is already open in another copy of PADI (on this computer or over the network). Close that other PADI first.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/messages.py" line="86"/>
        <source>Berkas tidak dapat ditulis ke tujuan itu (media rusak atau dicabut). Berkas lama tetap utuh; coba folder lain.</source>
        <translation>The file cannot be written to that location (the drive is faulty or was removed). Existing files are intact; try another folder.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/messages.py" line="89"/>
        <source>Anda tidak dapat menonaktifkan akun Anda sendiri.</source>
        <translation>You cannot deactivate your own account.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/messages.py" line="90"/>
        <source>Tanggal selesai harus sesudah tanggal mulai.</source>
        <translation>The end date must come after the start date.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/messages.py" line="91"/>
        <source>Nilai harus berupa angka.</source>
        <translation>The value must be a number.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/messages.py" line="92"/>
        <source>Ruang kosong pada media tujuan tidak cukup. Kosongkan ruang atau pilih media lain.</source>
        <translation>Not enough free space on the target drive. Free up space or choose another drive.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/messages.py" line="93"/>
        <source>Folder tujuan tidak ditemukan. Pastikan flash disk terpasang.</source>
        <translation>Target folder not found. Make sure the flash drive is plugged in.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/messages.py" line="94"/>
        <source>Jam kerja tidak masuk akal: jam mulai harus sebelum jam selesai, istirahat di dalam jam kerja, dan minimal satu hari kerja.</source>
        <translation>The working hours do not make sense: the start must come before the end, breaks must fall within working hours, and there must be at least one working day.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/messages.py" line="97"/>
        <source>Tanggal hari libur tidak dapat dibaca. Tulis sebagai TTTT-BB-HH.</source>
        <translation>A holiday date cannot be read. Write it as YYYY-MM-DD.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/messages.py" line="98"/>
        <source>Batas peringatan cadangan harus 1 sampai 365 hari.</source>
        <translation>The backup warning limit must be 1 to 365 days.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/messages.py" line="99"/>
        <source>Pegawai itu tidak dikenal.</source>
        <translation>That employee is not known.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/messages.py" line="100"/>
        <source>Tanggal akhir periode lebih awal dari tanggal awalnya.</source>
        <translation>The end date of the period is earlier than its start date.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/messages.py" line="101"/>
        <source>Berkas tidak dapat disimpan di folder itu. Tutup berkas yang sama bila sedang dibuka, lalu coba lagi.</source>
        <translation>The file cannot be saved in that folder. Close the same file if it is open, then try again.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/messages.py" line="104"/>
        <source>Folder tujuan tidak dapat ditulisi. Pilih folder lain.</source>
        <translation>Cannot write to the target folder. Choose another folder.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/messages.py" line="105"/>
        <source>Penulisan ke media gagal. Cadangan lama tetap utuh; coba media lain.</source>
        <translation>Writing to the drive failed. Earlier backups are intact; try another drive.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/messages.py" line="106"/>
        <source>Cadangan tidak lolos verifikasi dan tidak disimpan. Coba media lain.</source>
        <translation>The backup failed verification and was not kept. Try another drive.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/messages.py" line="107"/>
        <source>Basis data tidak dapat dibaca untuk dicadangkan.</source>
        <translation>The database cannot be read for the backup.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/messages.py" line="108"/>
        <source>Cadangan ini rusak atau tidak lengkap, sehingga ditolak. Basis data sekarang tidak diubah; pilih cadangan lain.</source>
        <translation>This backup is damaged or incomplete, so it was rejected. The current database has not been changed; choose another backup.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/messages.py" line="111"/>
        <source>Cadangan ini dibuat oleh versi PADI yang lebih baru. Perbarui PADI lalu ulangi.</source>
        <translation>This backup was made by a newer version of PADI. Update PADI, then try again.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/messages.py" line="113"/>
        <source>Cadangan ini terenkripsi; ketik frasa sandinya.</source>
        <translation>This backup is encrypted; type its passphrase.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/messages.py" line="114"/>
        <source>Frasa sandi cadangan salah. Lihat lembar pemulihan untuk tempat frasa sandi disimpan.</source>
        <translation>Wrong backup passphrase. See the recovery sheet for where the passphrase is kept.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/messages.py" line="116"/>
        <source>Frasa sandi cadangan terlalu pendek (minimal {n} karakter).</source>
        <translation>The backup passphrase is too short (at least {n} characters).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/messages.py" line="118"/>
        <source>Berkas tidak ditemukan.</source>
        <translation>File not found.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/messages.py" line="119"/>
        <source>Folder tidak ditemukan. Pastikan media terpasang.</source>
        <translation>Folder not found. Make sure the drive is plugged in.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/messages.py" line="121"/>
        <source>Tindakan gagal ({code}).</source>
        <translation>Action failed ({code}).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/messages.py" line="127"/>
        <source>Berkas basis data rusak.</source>
        <translation>The database file is damaged.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/messages.py" line="129"/>
        <source>Entri catatan aktivitas #{id} hilang (dihapus).</source>
        <translation>Activity log entry #{id} is missing (deleted).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/messages.py" line="131"/>
        <source>Rantai catatan aktivitas terputus pada entri #{id} (entri disisipkan atau diganti).</source>
        <translation>The activity log chain is broken at entry #{id} (an entry was inserted or replaced).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/messages.py" line="134"/>
        <source>Entri catatan aktivitas #{id} telah diubah.</source>
        <translation>Activity log entry #{id} has been altered.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/messages.py" line="136"/>
        <source>Catatan aktivitas tidak dapat dibaca.</source>
        <translation>The activity log cannot be read.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/messages.py" line="137"/>
        <source>PADI tidak membuka basis data ini agar tidak ada perubahan di atas data yang rusak. Jalankan &apos;padi check&apos; untuk rinciannya, lalu pulihkan cadangan terverifikasi terakhir (tab 8 Arsip atau &apos;padi restore&apos;).</source>
        <translation>PADI will not open this database, so that no changes are made on top of damaged data. Run &apos;padi check&apos; for the details, then restore the last verified backup (tab 8 Archive or &apos;padi restore&apos;).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/messages.py" line="146"/>
        <source>Hanya Kepala Dinas atau Plt. yang dapat menyetujui.</source>
        <translation>Only the head of office or acting head can approve.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/messages.py" line="147"/>
        <source>Hanya Kasubag Program atau Sekretaris yang dapat mengajukan.</source>
        <translation>Only the Programme Sub-section Head or the Secretary can submit.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/messages.py" line="148"/>
        <source>Peran Anda tidak menyusun publikasi.</source>
        <translation>Your role does not compose publications.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/messages.py" line="149"/>
        <source>Hanya Staf atau Kasubag Program yang menyiapkan data.</source>
        <translation>Only Staff or the Programme Sub-section Head prepare data.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/messages.py" line="150"/>
        <source>Peran Anda tidak melakukan pemeriksaan data.</source>
        <translation>Your role does not check data.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/messages.py" line="151"/>
        <source>Hanya Staf, Kasubag Program atau Sekretaris yang memvalidasi.</source>
        <translation>Only Staff, the Programme Sub-section Head or the Secretary validate data.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/messages.py" line="152"/>
        <source>Hanya Kasubag Program atau Sekretaris yang dapat menerima kesalahan pemeriksaan.</source>
        <translation>Only the Kasubag Program or the Sekretaris can accept check errors.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/messages.py" line="154"/>
        <source>Hanya Staf atau Kasubag Program yang mengolah data.</source>
        <translation>Only Staff or the Programme Sub-section Head process data.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/messages.py" line="155"/>
        <source>Hanya Staf atau Kasubag Program yang menyajikan data.</source>
        <translation>Only Staff or the Programme Sub-section Head present data.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/messages.py" line="156"/>
        <source>Hanya Staf atau Kasubag Program yang menerbitkan.</source>
        <translation>Only Staff or the Programme Sub-section Head publish.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/messages.py" line="157"/>
        <source>Peran Anda tidak membuat cadangan.</source>
        <translation>Your role does not make backups.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/messages.py" line="158"/>
        <source>Hanya administrator yang mengelola pengguna.</source>
        <translation>Only an administrator manages users.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/messages.py" line="159"/>
        <source>Hanya administrator yang mengubah profil kantor.</source>
        <translation>Only an administrator changes the office profile.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/messages.py" line="160"/>
        <source>Hanya Kepala Dinas atau administrator yang menunjuk Plt.</source>
        <translation>Only the head of office or an administrator appoints an acting head.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/messages.py" line="161"/>
        <source>Hanya Kasubag Program, Sekretaris atau Kepala Dinas yang membagi agenda kerja.</source>
        <translation>Only the programme sub-section head, the secretary or the head of office assigns work agenda entries.</translation>
    </message>
</context>
<context>
    <name>Metadata</name>
    <message>
        <location filename="../../desktop_app/gui/dialogs/metadata.py" line="34"/>
        <source>Judul</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/metadata.py" line="34"/>
        <source>Kelompok</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/metadata.py" line="35"/>
        <source>Deskripsi</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/metadata.py" line="35"/>
        <source>Satuan</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/metadata.py" line="36"/>
        <source>Frekuensi</source>
        <translation>Frequency</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/metadata.py" line="36"/>
        <source>Periode</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/metadata.py" line="37"/>
        <source>Sumber</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/metadata.py" line="37"/>
        <source>Produsen data</source>
        <translation>Data producer</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/metadata.py" line="38"/>
        <source>Kata kunci</source>
        <translation>Keywords</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/metadata.py" line="38"/>
        <source>Konsep</source>
        <translation>Concept</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/metadata.py" line="39"/>
        <source>Definisi</source>
        <translation>Definition</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/metadata.py" line="39"/>
        <source>Ukuran</source>
        <translation>Measure</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/metadata.py" line="40"/>
        <source>Klasifikasi</source>
        <translation>Classification</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/metadata.py" line="40"/>
        <source>Cara pengumpulan</source>
        <translation>Collection method</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/metadata.py" line="41"/>
        <source>Kode wilayah</source>
        <translation>Area code</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/metadata.py" line="41"/>
        <source>Walidata</source>
        <translation>Data custodian</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/metadata.py" line="42"/>
        <source>Kontak</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/metadata.py" line="42"/>
        <source>Tingkat akses</source>
        <translation>Access level</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/metadata.py" line="43"/>
        <source>Lisensi</source>
        <translation>Licence</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/metadata.py" line="43"/>
        <source>Tanggal rilis</source>
        <translation>Release date</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/metadata.py" line="44"/>
        <source>Tanggal pembaruan</source>
        <translation>Modified date</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/metadata.py" line="49"/>
        <source>Publik</source>
        <translation>Public</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/metadata.py" line="49"/>
        <source>Terbatas</source>
        <translation>Restricted</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/metadata.py" line="50"/>
        <source>Tidak publik</source>
        <translation>Non-public</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/metadata.py" line="88"/>
        <source>Metadata Kumpulan Data</source>
        <translation>Dataset metadata</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/metadata.py" line="157"/>
        <source>Kelengkapan metadata: %v dari %m</source>
        <translation>Metadata completeness: %v of %m</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/metadata.py" line="159"/>
        <source>Belum diisi: {fields}</source>
        <translation>Not filled in: {fields}</translation>
    </message>
</context>
<context>
    <name>NewDatasetDialog</name>
    <message>
        <location filename="../../desktop_app/gui/dialogs/new_dataset.py" line="43"/>
        <source>(bebas)</source>
        <translation>(free text)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/new_dataset.py" line="44"/>
        <source>Kode kecamatan Kota Tebing Tinggi (Kemendagri)</source>
        <translation>Kecamatan codes of Kota Tebing Tinggi (Kemendagri)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/new_dataset.py" line="45"/>
        <source>Kode kelurahan Kota Tebing Tinggi (Kemendagri)</source>
        <translation>Kelurahan codes of Kota Tebing Tinggi (Kemendagri)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/new_dataset.py" line="58"/>
        <source>Kumpulan Data Baru</source>
        <translation>New dataset</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/new_dataset.py" line="65"/>
        <source>&amp;Nama</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/new_dataset.py" line="66"/>
        <source>&amp;Kelompok</source>
        <translation>&amp;Group</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/new_dataset.py" line="67"/>
        <source>&amp;Satuan</source>
        <translation>&amp;Unit</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/new_dataset.py" line="68"/>
        <source>&amp;Periode</source>
        <translation>&amp;Period</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/new_dataset.py" line="69"/>
        <source>S&amp;umber</source>
        <translation>&amp;Source</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/new_dataset.py" line="72"/>
        <source>Nama Kolom</source>
        <translation>Column name</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/new_dataset.py" line="72"/>
        <source>Tipe</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/new_dataset.py" line="73"/>
        <source>Daftar kode (untuk Kategori)</source>
        <translation>Code list (for Category)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/new_dataset.py" line="75"/>
        <source>Tambah Kolom</source>
        <translation>Add column</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/new_dataset.py" line="77"/>
        <source>Hapus Kolom</source>
        <translation>Remove column</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/new_dataset.py" line="91"/>
        <source>Uraian</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/new_dataset.py" line="92"/>
        <source>Jumlah</source>
        <translation>Number</translation>
    </message>
</context>
<context>
    <name>OfficeDialog</name>
    <message>
        <location filename="../../desktop_app/gui/dialogs/admin.py" line="51"/>
        <source>Profil Kantor</source>
        <translation>Office profile</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/admin.py" line="54"/>
        <source>Pemerintah</source>
        <translation>Government</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/admin.py" line="54"/>
        <source>Nama kantor</source>
        <translation>Office name</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/admin.py" line="55"/>
        <source>Singkatan</source>
        <translation>Short name</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/admin.py" line="55"/>
        <source>Alamat</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/admin.py" line="56"/>
        <source>Telepon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/admin.py" line="56"/>
        <source>Faks</source>
        <translation>Fax</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/admin.py" line="57"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/admin.py" line="57"/>
        <source>Laman</source>
        <translation>Website</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/admin.py" line="58"/>
        <source>Nama Kepala Dinas</source>
        <translation>Name of the head of office</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/admin.py" line="59"/>
        <source>NIP Kepala Dinas</source>
        <translation>NIP of the head of office</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/admin.py" line="60"/>
        <source>Pangkat/golongan Kepala Dinas</source>
        <translation>Rank of the head of office</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/admin.py" line="70"/>
        <source>Pilih Logo…</source>
        <translation>Choose logo…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/admin.py" line="72"/>
        <location filename="../../desktop_app/gui/dialogs/admin.py" line="95"/>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/admin.py" line="89"/>
        <source>(belum ada logo)</source>
        <translation>(no logo yet)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/admin.py" line="92"/>
        <source>Pilih Logo</source>
        <translation>Choose logo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/admin.py" line="93"/>
        <source>Gambar (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/admin.py" line="96"/>
        <source>Berkas itu bukan gambar PNG atau JPEG yang dapat dibaca.</source>
        <translation>That file is not a readable PNG or JPEG image.</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../../desktop_app/gui/dialogs/admin.py" line="178"/>
        <source>Kata sandi saat ini</source>
        <translation>Current password</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/admin.py" line="181"/>
        <source>Kata sandi baru (min. 8 karakter, bukan hanya angka)</source>
        <translation>New password (min. 8 characters, not digits only)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/admin.py" line="182"/>
        <source>Ulangi kata sandi baru</source>
        <translation>Repeat new password</translation>
    </message>
</context>
<context>
    <name>PdfPagesView</name>
    <message>
        <location filename="../../desktop_app/gui/widgets/pdf_pages.py" line="79"/>
        <source>◀ Sebelumnya</source>
        <translation>◀ Previous</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/pdf_pages.py" line="80"/>
        <source>Halaman sebelumnya (PgUp)</source>
        <translation>Previous page (PgUp)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/pdf_pages.py" line="84"/>
        <source>Berikutnya ▶</source>
        <translation>Next ▶</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/pdf_pages.py" line="85"/>
        <source>Halaman berikutnya (PgDown)</source>
        <translation>Next page (PgDown)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/pdf_pages.py" line="90"/>
        <source>Pas Lebar</source>
        <translation>Fit width</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/pdf_pages.py" line="91"/>
        <source>Perbesar halaman selebar tampilan</source>
        <translation>Zoom the page to the width of the view</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/pdf_pages.py" line="151"/>
        <source>Tidak ada halaman</source>
        <translation>No pages</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/pdf_pages.py" line="155"/>
        <source>Halaman {page} dari {count}</source>
        <translation>Page {page} of {count}</translation>
    </message>
</context>
<context>
    <name>PrepareTab</name>
    <message>
        <location filename="../../desktop_app/gui/stages/prepare.py" line="36"/>
        <source>Persiapan</source>
        <translation>Preparation</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/prepare.py" line="39"/>
        <source>Menyiapkan data dan informasi, program dan kegiatan unit</source>
        <translation>Preparing the unit&apos;s data and information, programmes and activities</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/prepare.py" line="43"/>
        <source>Kumpulan Data Baru</source>
        <translation>New dataset</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/prepare.py" line="45"/>
        <source>Impor dari Excel…</source>
        <translation>Import from Excel…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/prepare.py" line="47"/>
        <source>Metadata</source>
        <translation>Metadata</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/prepare.py" line="48"/>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/prepare.py" line="49"/>
        <source>Kirim ke Pemeriksaan</source>
        <translation>Send for checking</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/prepare.py" line="58"/>
        <source>Tambah Baris</source>
        <translation>Add row</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/prepare.py" line="59"/>
        <source>Hapus Baris</source>
        <translation>Remove row</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/prepare.py" line="66"/>
        <source>Saring baris…</source>
        <translation>Filter rows…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/prepare.py" line="86"/>
        <source>Kumpulan Data</source>
        <translation>Dataset</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/prepare.py" line="87"/>
        <source>Agenda Kerja</source>
        <translation>Work agenda</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/prepare.py" line="99"/>
        <source>Belum ada Kumpulan Data draf. Buat yang baru.</source>
        <translation>No draft datasets yet. Create a new one.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/prepare.py" line="106"/>
        <source>Kumpulan Data besar: baris ditampilkan per halaman dan hanya bisa diubah lewat impor; metadata tetap bisa disunting.</source>
        <translation>Large dataset: rows are shown page by page and can only be changed by importing; the metadata can still be edited.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/prepare.py" line="126"/>
        <source>Metadata %v/%m</source>
        <translation>Metadata %v/%m</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/prepare.py" line="129"/>
        <source>Belum diisi: {fields}</source>
        <translation>Not filled in: {fields}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/prepare.py" line="139"/>
        <source>Kumpulan Data dibuat. Ketik barisnya lalu simpan.</source>
        <translation>Dataset created. Type its rows, then save.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/prepare.py" line="149"/>
        <source>Kumpulan Data disimpan.</source>
        <translation>Dataset saved.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/prepare.py" line="155"/>
        <source>Impor lembar kerja</source>
        <translation>Import workbook</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/prepare.py" line="156"/>
        <source>Lembar kerja (*.xlsx *.xlsm *.xls *.ods *.csv)</source>
        <translation>Workbooks (*.xlsx *.xlsm *.xls *.ods *.csv)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/prepare.py" line="162"/>
        <source>Membaca {name} …</source>
        <translation>Reading {name} …</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/prepare.py" line="171"/>
        <location filename="../../desktop_app/gui/stages/prepare.py" line="188"/>
        <source>Impor dari Excel</source>
        <translation>Import from Excel</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/prepare.py" line="178"/>
        <source>Menyimpan baris ke Kumpulan Data …</source>
        <translation>Saving rows to the dataset …</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/prepare.py" line="185"/>
        <source>{rows} baris diimpor ke &apos;{name}&apos;, {skipped} dilewati.</source>
        <translation>{rows} row(s) imported into &apos;{name}&apos;, {skipped} skipped.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/prepare.py" line="197"/>
        <source>Metadata disimpan.</source>
        <translation>Metadata saved.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/prepare.py" line="204"/>
        <source>Dikirim ke tab 2 Validasi; pemeriksaan otomatis sudah dijalankan.</source>
        <translation>Sent to tab 2 Validation; the automatic checks have been run.</translation>
    </message>
</context>
<context>
    <name>PresentTab</name>
    <message>
        <location filename="../../desktop_app/gui/stages/present.py" line="34"/>
        <source>Penyajian</source>
        <translation>Presentation</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/present.py" line="37"/>
        <source>Menyajikan data secara cepat, mudah diakses dan valid, dengan telp/fax</source>
        <translation>Presenting valid data quickly and accessibly, with phone/fax contacts</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/present.py" line="40"/>
        <source>Sajikan di Katalog Data</source>
        <translation>Present in data catalogue</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/present.py" line="42"/>
        <location filename="../../desktop_app/gui/stages/present.py" line="141"/>
        <source>Mode Papan Informasi</source>
        <translation>Info-board mode</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/present.py" line="44"/>
        <source>Ekspor Katalog Offline…</source>
        <translation>Export Offline Catalogue…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/present.py" line="52"/>
        <source>Cari judul, kelompok, periode, kata kunci …</source>
        <translation>Search title, group, period, keyword …</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/present.py" line="54"/>
        <source>Semua kelompok</source>
        <translation>All groups</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/present.py" line="55"/>
        <source>Semua periode</source>
        <translation>All periods</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/present.py" line="65"/>
        <source>Data</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/present.py" line="66"/>
        <source>Keluaran dan Grafik</source>
        <translation>Outputs and Charts</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/present.py" line="103"/>
        <source>&lt;p&gt;&lt;b&gt;{office}&lt;/b&gt;&lt;br&gt;{address}&lt;br&gt;Telp. {phone} · Faks. {fax}&lt;br&gt;E-mail: {email} · Laman: {web}&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;{office}&lt;/b&gt;&lt;br&gt;{address}&lt;br&gt;Tel. {phone} · Fax {fax}&lt;br&gt;Email: {email} · Website: {web}&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/present.py" line="111"/>
        <source>Katalog Data masih kosong.</source>
        <translation>The data catalogue is still empty.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/present.py" line="115"/>
        <source>Ada di Katalog Data.</source>
        <translation>In the data catalogue.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/present.py" line="116"/>
        <source>Belum disajikan di Katalog Data.</source>
        <translation>Not yet in the data catalogue.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/present.py" line="118"/>
        <source>Konfirmasi terakhir: {when}, {source} (melalui {channel}).</source>
        <translation>Last confirmation: {when}, {source} (by {channel}).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/present.py" line="121"/>
        <source>Belum ada Konfirmasi Data.</source>
        <translation>No source confirmation yet.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/present.py" line="122"/>
        <source>&lt;br&gt;Produsen: {producer} · Frekuensi: {frequency} · Kata kunci: {keywords}</source>
        <translation>&lt;br&gt;Producer: {producer} · Frequency: {frequency} · Keywords: {keywords}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/present.py" line="142"/>
        <source>Belum ada Keluaran di Katalog Data untuk ditampilkan.</source>
        <translation>There are no outputs in the data catalogue to show yet.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/present.py" line="158"/>
        <source>Simpan Katalog Data offline ke folder</source>
        <translation>Save the offline data catalogue to a folder</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/present.py" line="166"/>
        <source>Menyusun Katalog Data offline …</source>
        <translation>Building the offline data catalogue …</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/present.py" line="171"/>
        <source>Katalog Data offline dibuat: {path}</source>
        <translation>Offline data catalogue created: {path}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/present.py" line="174"/>
        <source>Ekspor Katalog Offline</source>
        <translation>Export Offline Catalogue</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/present.py" line="135"/>
        <source>Kumpulan Data disajikan di Katalog Data.</source>
        <translation>Dataset presented in the data catalogue.</translation>
    </message>
</context>
<context>
    <name>ProcessTab</name>
    <message>
        <location filename="../../desktop_app/gui/stages/process.py" line="62"/>
        <source>Pengolahan</source>
        <translation>Processing</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/process.py" line="65"/>
        <source>Rekapitulasi, kompilasi, tabulasi dan grafik sesuai kelompoknya</source>
        <translation>Recaps, compilations, tabulations and charts by group</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/process.py" line="73"/>
        <location filename="../../desktop_app/gui/stages/process.py" line="268"/>
        <source>Simpan Keluaran</source>
        <translation>Save output</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/process.py" line="97"/>
        <source>Hitung</source>
        <translation>Calculate</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/process.py" line="45"/>
        <source>Apa adanya</source>
        <translation>As recorded</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/process.py" line="45"/>
        <source>Bulan</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/process.py" line="46"/>
        <source>Triwulan</source>
        <translation>Quarter</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/process.py" line="46"/>
        <source>Semester</source>
        <translation>Semester</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/process.py" line="47"/>
        <source>Tahun</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/process.py" line="51"/>
        <source>Batang</source>
        <translation>Bar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/process.py" line="51"/>
        <source>Batang bertumpuk</source>
        <translation>Stacked bar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/process.py" line="52"/>
        <source>Garis</source>
        <translation>Line</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/process.py" line="52"/>
        <source>Pai</source>
        <translation>Pie</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/process.py" line="53"/>
        <source>Donat</source>
        <translation>Donut</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/process.py" line="53"/>
        <source>Angka kunci</source>
        <translation>Key figure</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/process.py" line="69"/>
        <source>Rekapitulasi…</source>
        <translation>Recap…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/process.py" line="71"/>
        <source>Ekspor Tabel…</source>
        <translation>Export table…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/process.py" line="72"/>
        <source>Ekspor Grafik…</source>
        <translation>Export chart…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/process.py" line="90"/>
        <source>nilai yang disaring</source>
        <translation>value to keep</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/process.py" line="91"/>
        <source>Subtotal</source>
        <translation>Subtotals</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/process.py" line="92"/>
        <source>Perubahan dari periode sebelumnya</source>
        <translation>Change from the previous period</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/process.py" line="100"/>
        <source>Baris</source>
        <translation>Rows</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/process.py" line="100"/>
        <source>Kolom</source>
        <translation>Columns</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/process.py" line="101"/>
        <source>Nilai</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/process.py" line="101"/>
        <source>Fungsi</source>
        <translation>Function</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/process.py" line="102"/>
        <source>Periode per</source>
        <translation>Periods by</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/process.py" line="103"/>
        <source>Saring kolom</source>
        <translation>Filter column</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/process.py" line="104"/>
        <source>sama dengan</source>
        <translation>equal to</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/process.py" line="105"/>
        <source>Grafik</source>
        <translation>Chart</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/process.py" line="119"/>
        <source>Narasi otomatis (dapat diubah)</source>
        <translation>Automatic narrative (editable)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/process.py" line="145"/>
        <source>Tidak ada Kumpulan Data tervalidasi untuk diolah.</source>
        <translation>No validated datasets to process.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/process.py" line="151"/>
        <source>Keluaran tersimpan: {names}</source>
        <translation>Saved outputs: {names}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/process.py" line="154"/>
        <location filename="../../desktop_app/gui/stages/process.py" line="156"/>
        <source>(tanpa)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/process.py" line="155"/>
        <source>(banyaknya baris)</source>
        <translation>(number of rows)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/process.py" line="189"/>
        <source>Menghitung tabulasi atas {n} baris …</source>
        <translation>Tabulating {n} rows …</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/process.py" line="193"/>
        <location filename="../../desktop_app/gui/stages/process.py" line="198"/>
        <source>Tabulasi</source>
        <translation>Tabulation</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/process.py" line="269"/>
        <source>Nama Keluaran:</source>
        <translation>Output name:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/process.py" line="274"/>
        <source>Keluaran disimpan; siap disajikan di tab 4 Penyajian.</source>
        <translation>Output saved; ready to present in tab 4 Presentation.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/process.py" line="286"/>
        <source>Rekapitulasi dibuat sebagai Kumpulan Data draf di tab 1 Persiapan.</source>
        <translation>Recap created as a draft dataset in tab 1 Preparation.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/process.py" line="292"/>
        <location filename="../../desktop_app/gui/stages/process.py" line="300"/>
        <source>Ekspor Tabel</source>
        <translation>Export table</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/process.py" line="293"/>
        <source>Excel (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/process.py" line="303"/>
        <source>Tabel diekspor: {path}</source>
        <translation>Table exported: {path}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/process.py" line="311"/>
        <source>Ekspor Grafik</source>
        <translation>Export chart</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/process.py" line="312"/>
        <source>Gambar PNG (*.png);;Vektor SVG (*.svg)</source>
        <translation>PNG image (*.png);;SVG vector (*.svg)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/process.py" line="321"/>
        <source>Ukuran gambar</source>
        <translation>Image size</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/process.py" line="322"/>
        <source>Ukuran:</source>
        <translation>Size:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/process.py" line="323"/>
        <source>Media sosial 1080×1080</source>
        <translation>Social media 1080×1080</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/process.py" line="324"/>
        <source>Cetak A4</source>
        <translation>Print A4</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/process.py" line="324"/>
        <source>Cetak A3</source>
        <translation>Print A3</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/process.py" line="328"/>
        <source>Grafik diekspor: {path}</source>
        <translation>Chart exported: {path}</translation>
    </message>
</context>
<context>
    <name>PublicationTab</name>
    <message>
        <location filename="../../desktop_app/gui/stages/publication_tab.py" line="36"/>
        <source>Tidak ada publikasi pada tahap ini.</source>
        <translation>No publications at this stage.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/publication_tab.py" line="41"/>
        <source>Versi {v} · Penyusun: {author} · Hash: {hash}</source>
        <translation>Version {v} · Author: {author} · Hash: {hash}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/publication_tab.py" line="44"/>
        <source>Catatan pengajuan: {note}</source>
        <translation>Submission note: {note}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/publication_tab.py" line="47"/>
        <source>Disetujui</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/publication_tab.py" line="48"/>
        <source>Dikembalikan</source>
        <translation>Returned</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/publication_tab.py" line="49"/>
        <source>{word} oleh {who} ({title}), {when}, versi {v}</source>
        <translation>{word} by {who} ({title}), {when}, version {v}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/publication_tab.py" line="77"/>
        <source>Sumber: {source}</source>
        <translation>Source: {source}</translation>
    </message>
</context>
<context>
    <name>PublishTab</name>
    <message>
        <location filename="../../desktop_app/gui/stages/publish.py" line="69"/>
        <source>&lt;b&gt;Daftar Distribusi&lt;/b&gt;</source>
        <translation>&lt;b&gt;Distribution register&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/publish.py" line="73"/>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/publish.py" line="73"/>
        <source>Saluran</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/publish.py" line="74"/>
        <source>Eksemplar</source>
        <translation>Copies</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/publish.py" line="74"/>
        <source>Tujuan / tautan</source>
        <translation>Recipient / link</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/publish.py" line="75"/>
        <source>Versi</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/publish.py" line="75"/>
        <source>Dicatat oleh</source>
        <translation>Recorded by</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/publish.py" line="87"/>
        <source>Publikasi</source>
        <translation>Publication</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/publish.py" line="90"/>
        <source>Menyediakan dan menyajikan barang publikasi lewat cetakan dan internet</source>
        <translation>Providing and presenting publications in print and on the internet</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/publish.py" line="94"/>
        <location filename="../../desktop_app/gui/stages/publish.py" line="146"/>
        <source>Terbitkan PDF</source>
        <translation>Publish PDF</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/publish.py" line="96"/>
        <source>Cetak...</source>
        <translation>Print...</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/publish.py" line="97"/>
        <source>Lembar Persetujuan</source>
        <translation>Approval sheet</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/publish.py" line="99"/>
        <location filename="../../desktop_app/gui/stages/publish.py" line="179"/>
        <location filename="../../desktop_app/gui/stages/publish.py" line="200"/>
        <source>Paket Internet</source>
        <translation>Internet package</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/publish.py" line="100"/>
        <source>Catat Distribusi</source>
        <translation>Record distribution</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/publish.py" line="135"/>
        <source>Simpan PDF ke folder</source>
        <translation>Save PDF to folder</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/publish.py" line="140"/>
        <source>Menyusun PDF versi yang disetujui …</source>
        <translation>Building the PDF of the approved version …</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/publish.py" line="144"/>
        <source>PDF diterbitkan: {path}</source>
        <translation>PDF published: {path}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/publish.py" line="153"/>
        <source>Tidak dapat dicetak</source>
        <translation>Cannot print</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/publish.py" line="156"/>
        <source>Publikasi dikirim ke pencetak.</source>
        <translation>Publication sent to the printer.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/publish.py" line="163"/>
        <source>Simpan Lembar Persetujuan</source>
        <translation>Save approval sheet</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/publish.py" line="164"/>
        <source>Berkas PDF (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/publish.py" line="170"/>
        <source>Lembar Persetujuan disimpan: {path}</source>
        <translation>Approval sheet saved: {path}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/publish.py" line="174"/>
        <source>Simpan Paket Internet ke folder</source>
        <translation>Save the internet package to a folder</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/publish.py" line="180"/>
        <source>Alamat situs tempat paket ini akan diunggah (untuk data.json; boleh kosong):</source>
        <translation>Address of the website this package will be uploaded to (for data.json; may be left empty):</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/publish.py" line="191"/>
        <source>Menyusun Paket Internet …</source>
        <translation>Building the internet package …</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/publish.py" line="195"/>
        <source>Paket Internet disimpan: {path}</source>
        <translation>Internet package saved: {path}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/publish.py" line="197"/>
        <source>(data.json memakai nama berkas relatif)</source>
        <translation>(data.json uses relative file names)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/publish.py" line="209"/>
        <source>Distribusi dicatat.</source>
        <translation>Distribution recorded.</translation>
    </message>
</context>
<context>
    <name>RecapDialog</name>
    <message>
        <location filename="../../desktop_app/gui/dialogs/recap.py" line="32"/>
        <source>Rekapitulasi</source>
        <translation>Recap</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/recap.py" line="34"/>
        <source>Gabungkan Kumpulan Data yang kolomnya sama (mis. dua belas lembar bulanan menjadi satu tahun, atau laporan beberapa perangkat daerah menjadi satu tabel). Baris disusun menurut urutan Anda mencentang. Hasilnya Kumpulan Data draf baru di tab 1 Persiapan; sumber tiap baris dicatat di satu kolom.</source>
        <translation>Combine datasets that have the same columns (e.g. twelve monthly sheets into one year, or reports from several regional agencies into one table). Rows are stacked in the order you tick the datasets. The result is a new draft dataset in tab 1 Preparation; the source of each row is recorded in one column.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/recap.py" line="43"/>
        <source>{name} · {state} · {rows} baris</source>
        <translation>{name} · {state} · {rows} row(s)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/recap.py" line="50"/>
        <source>Sumber</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/recap.py" line="53"/>
        <source>Nama Kumpulan Data baru:</source>
        <translation>New dataset name:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/recap.py" line="54"/>
        <source>Kolom sumber:</source>
        <translation>Source column:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/recap.py" line="57"/>
        <source>Buat Rekapitulasi</source>
        <translation>Create recap</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../desktop_app/gui/dialogs/report_dialog.py" line="19"/>
        <source>Laporan Pelaksanaan Pengelolaan Data dan Informasi</source>
        <translation>Data and Information Management implementation report</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/report_dialog.py" line="29"/>
        <source>Seluruh pegawai</source>
        <translation>All employees</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/report_dialog.py" line="35"/>
        <source>Buku kerja Excel (XLSX)</source>
        <translation>Excel workbook (XLSX)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/report_dialog.py" line="36"/>
        <source>Dari tanggal</source>
        <translation>From date</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/report_dialog.py" line="37"/>
        <source>Sampai tanggal</source>
        <translation>To date</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/report_dialog.py" line="38"/>
        <source>Pegawai</source>
        <translation>Employee</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/report_dialog.py" line="39"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
</context>
<context>
    <name>ReviewTab</name>
    <message>
        <location filename="../../desktop_app/gui/stages/review.py" line="179"/>
        <source>Persetujuan</source>
        <translation>Approval</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/review.py" line="182"/>
        <source>Mencermati dan menganalisa data; setujui, atau kembalikan untuk diperbaiki</source>
        <translation>Examining and analysing the data; approve, or return for revision</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/review.py" line="94"/>
        <source>Halaman</source>
        <translation>Pages</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/review.py" line="95"/>
        <location filename="../../desktop_app/gui/stages/review.py" line="237"/>
        <source>Perubahan</source>
        <translation>Changes</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/review.py" line="113"/>
        <source>&lt;b&gt;Catatan Perbaikan&lt;/b&gt;</source>
        <translation>&lt;b&gt;Revision notes&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/review.py" line="114"/>
        <source>Untuk bagian:</source>
        <translation>For section:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/review.py" line="126"/>
        <source>Tambah Catatan</source>
        <translation>Add note</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/review.py" line="129"/>
        <source>Hapus Catatan</source>
        <translation>Remove note</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/review.py" line="149"/>
        <location filename="../../desktop_app/gui/stages/review.py" line="211"/>
        <source>Umum (seluruh publikasi)</source>
        <translation>General (whole publication)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/review.py" line="151"/>
        <source>Bagian {n}</source>
        <translation>Section {n}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/review.py" line="186"/>
        <source>Kembalikan</source>
        <translation>Return</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/review.py" line="187"/>
        <source>Setujui</source>
        <translation>Approve</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/review.py" line="198"/>
        <source>Tambahkan minimal satu Catatan Perbaikan terlebih dahulu.</source>
        <translation>Add at least one revision note first.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/review.py" line="224"/>
        <source>Bagian {n}: {heading}</source>
        <translation>Section {n}: {heading}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/review.py" line="230"/>
        <source>Versi {v} · sidik isi yang ditinjau: {hash}</source>
        <translation>Version {v} · fingerprint of the reviewed content: {hash}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/review.py" line="236"/>
        <source>Perubahan ({n})</source>
        <translation>Changes ({n})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/review.py" line="246"/>
        <source>Publikasi disetujui dan dicatat.</source>
        <translation>Publication approved and recorded.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/review.py" line="300"/>
        <source>(bagian baru)</source>
        <translation>(new section)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/review.py" line="300"/>
        <source>(bagian dihapus)</source>
        <translation>(section removed)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/review.py" line="303"/>
        <source>Angka tabel yang berubah</source>
        <translation>Changed table figures</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/review.py" line="304"/>
        <source>Nilai grafik yang berubah</source>
        <translation>Changed chart values</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/review.py" line="314"/>
        <source>Ini pengajuan pertama; belum ada versi yang dikembalikan untuk dibandingkan.</source>
        <translation>This is the first submission; there is no returned version to compare with yet.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/review.py" line="316"/>
        <source>Perubahan sejak versi {old} yang dikembalikan (kiri) ke versi {new} (kanan)</source>
        <translation>Changes from returned version {old} (left) to version {new} (right)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/review.py" line="320"/>
        <source>Catatan Perbaikan Anda:</source>
        <translation>Your revision notes:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/review.py" line="324"/>
        <source>Judul</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/review.py" line="329"/>
        <source>Tidak ada perubahan isi.</source>
        <translation>No changes to the content.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/review.py" line="331"/>
        <location filename="../../desktop_app/gui/stages/review.py" line="332"/>
        <source>Versi {v}</source>
        <translation>Version {v}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/review.py" line="121"/>
        <source>Apa yang harus diperbaiki?</source>
        <translation>What needs to be revised?</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/review.py" line="254"/>
        <source>Publikasi dikembalikan dengan Catatan Perbaikan.</source>
        <translation>Publication returned with a revision note.</translation>
    </message>
</context>
<context>
    <name>RichTextEdit</name>
    <message>
        <location filename="../../desktop_app/gui/widgets/rich_text_edit.py" line="128"/>
        <source>T</source>
        <translation>B</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/rich_text_edit.py" line="128"/>
        <source>Tebal (Ctrl+B)</source>
        <translation>Bold (Ctrl+B)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/rich_text_edit.py" line="130"/>
        <source>M</source>
        <translation>I</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/rich_text_edit.py" line="130"/>
        <source>Miring (Ctrl+I)</source>
        <translation>Italic (Ctrl+I)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/rich_text_edit.py" line="134"/>
        <source>Judul 1</source>
        <translation>Heading 1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/rich_text_edit.py" line="134"/>
        <source>Judul besar</source>
        <translation>Large heading</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/rich_text_edit.py" line="136"/>
        <source>Judul 2</source>
        <translation>Heading 2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/rich_text_edit.py" line="136"/>
        <source>Subjudul</source>
        <translation>Subheading</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/rich_text_edit.py" line="137"/>
        <source>Paragraf</source>
        <translation>Paragraph</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/rich_text_edit.py" line="137"/>
        <source>Paragraf biasa</source>
        <translation>Normal paragraph</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/rich_text_edit.py" line="139"/>
        <source>• Butir</source>
        <translation>• Bullet</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/rich_text_edit.py" line="139"/>
        <source>Daftar berbutir</source>
        <translation>Bulleted list</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/rich_text_edit.py" line="141"/>
        <source>1. Nomor</source>
        <translation>1. Number</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/rich_text_edit.py" line="141"/>
        <source>Daftar bernomor</source>
        <translation>Numbered list</translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <location filename="../../desktop_app/gui/search_box.py" line="29"/>
        <source>Kumpulan Data</source>
        <translation>Dataset</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/search_box.py" line="30"/>
        <source>Publikasi</source>
        <translation>Publication</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/search_box.py" line="46"/>
        <source>Cari data atau publikasi… (Ctrl+F)</source>
        <translation>Search data or publications… (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/search_box.py" line="47"/>
        <source>Cari Kumpulan Data atau Publikasi menurut judul, kelompok atau sumber</source>
        <translation>Find a Dataset or Publication by title, group or source</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/search_box.py" line="70"/>
        <source>{title} — {kind}, langkah {step}</source>
        <translation>{title} — {kind}, step {step}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/search_box.py" line="119"/>
        <source>Tidak ada data atau publikasi yang cocok dengan “{text}”.</source>
        <translation>No data or publication matches “{text}”.</translation>
    </message>
</context>
<context>
    <name>SettingsTab</name>
    <message>
        <location filename="../../desktop_app/gui/settings_tab.py" line="56"/>
        <source>Komputer ini</source>
        <translation>This computer</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/settings_tab.py" line="66"/>
        <source>Bahasa tampilan</source>
        <translation>Display language</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/settings_tab.py" line="69"/>
        <source>Ikuti sistem</source>
        <translation>Follow system</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/settings_tab.py" line="70"/>
        <source>Terang</source>
        <translation>Light</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/settings_tab.py" line="71"/>
        <source>Gelap</source>
        <translation>Dark</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/settings_tab.py" line="74"/>
        <source>Tema tampilan</source>
        <translation>Theme</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/settings_tab.py" line="78"/>
        <source>Profil kantor</source>
        <translation>Office profile</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/settings_tab.py" line="83"/>
        <source>Ubah Profil Kantor</source>
        <translation>Edit office profile</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/settings_tab.py" line="87"/>
        <source>Kalender kerja (Waktu Baku dihitung dalam jam kerja)</source>
        <translation>Work calendar (standard times are counted in working hours)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/settings_tab.py" line="93"/>
        <source>Ubah Kalender Kerja</source>
        <translation>Edit work calendar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/settings_tab.py" line="98"/>
        <source>Pengguna dan peran</source>
        <translation>Users and roles</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/settings_tab.py" line="104"/>
        <source>Tambah Pengguna</source>
        <translation>Add user</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/settings_tab.py" line="106"/>
        <source>Aktifkan/Nonaktifkan</source>
        <translation>Activate/deactivate</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/settings_tab.py" line="108"/>
        <location filename="../../desktop_app/gui/settings_tab.py" line="211"/>
        <source>Atur Ulang Kata Sandi</source>
        <translation>Reset password</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/settings_tab.py" line="110"/>
        <source>Tunjuk Plt. Kepala Dinas</source>
        <translation>Appoint acting head</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/settings_tab.py" line="112"/>
        <source>Ganti Kata Sandi Saya</source>
        <translation>Change my password</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/settings_tab.py" line="121"/>
        <source>Kunci layar setelah tidak aktif selama</source>
        <translation>Lock the screen after being idle for</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/settings_tab.py" line="124"/>
        <source> menit</source>
        <translation> minutes</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/settings_tab.py" line="126"/>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/settings_tab.py" line="145"/>
        <source>Telp. {phone} · Faks. {fax} · E-mail {email} · Laman {web}</source>
        <translation>Tel. {phone} · Fax {fax} · Email {email} · Website {web}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/settings_tab.py" line="148"/>
        <source>Kepala Dinas: {name}, NIP. {nip}</source>
        <translation>Head of office: {name}, NIP {nip}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/settings_tab.py" line="152"/>
        <source>administrator</source>
        <translation>administrator</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/settings_tab.py" line="153"/>
        <source>nonaktif</source>
        <translation>inactive</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/settings_tab.py" line="157"/>
        <source>Plt.: {name}, {start} s.d. {end}</source>
        <translation>Acting head: {name}, {start} to {end}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/settings_tab.py" line="176"/>
        <source>Pengaturan</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/settings_tab.py" line="185"/>
        <source>Profil kantor disimpan.</source>
        <translation>Office profile saved.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/settings_tab.py" line="191"/>
        <source>Pengguna ditambahkan.</source>
        <translation>User added.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/settings_tab.py" line="199"/>
        <source>Status pengguna diubah.</source>
        <translation>User status changed.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/settings_tab.py" line="204"/>
        <source>Batas waktu kunci layar disimpan.</source>
        <translation>Screen lock timeout saved.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/settings_tab.py" line="211"/>
        <source>Pengguna harus mengganti kata sandi ini saat masuk berikutnya. Penguncian akun karena salah kata sandi ikut dibuka.</source>
        <translation>The user must change this password at the next login. Any lock on the account from wrong passwords is lifted as well.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/settings_tab.py" line="216"/>
        <source>Kata sandi diatur ulang.</source>
        <translation>Password reset.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/settings_tab.py" line="219"/>
        <source>Ganti Kata Sandi</source>
        <translation>Change password</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/settings_tab.py" line="222"/>
        <source>Kata sandi diganti.</source>
        <translation>Password changed.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/settings_tab.py" line="228"/>
        <source>Plt. Kepala Dinas ditunjuk.</source>
        <translation>Acting head appointed.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/settings_tab.py" line="232"/>
        <source>Sen</source>
        <translation>Mon</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/settings_tab.py" line="232"/>
        <source>Sel</source>
        <translation>Tue</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/settings_tab.py" line="232"/>
        <source>Rab</source>
        <translation>Wed</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/settings_tab.py" line="233"/>
        <source>Kam</source>
        <translation>Thu</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/settings_tab.py" line="233"/>
        <source>Jum</source>
        <translation>Fri</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/settings_tab.py" line="233"/>
        <source>Sab</source>
        <translation>Sat</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/settings_tab.py" line="234"/>
        <source>Min</source>
        <translation>Sun</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/settings_tab.py" line="235"/>
        <source> (istirahat {start}–{end})</source>
        <translation> (break {start}–{end})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/settings_tab.py" line="241"/>
        <source>{n} hari libur dan cuti bersama ({years}); peringatan cadangan setelah {days} hari.</source>
        <translation>{n} holidays and collective leave days ({years}); backup warning after {days} days.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/settings_tab.py" line="256"/>
        <source>Kalender kerja disimpan.</source>
        <translation>Work calendar saved.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/settings_tab.py" line="268"/>
        <source>Bahasa baru berlaku saat PADI dibuka kembali.</source>
        <translation>The new language takes effect when PADI is next opened.</translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <location filename="../../desktop_app/gui/dialogs/setup.py" line="25"/>
        <source>Penyiapan Awal PADI</source>
        <translation>PADI first-time setup</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/setup.py" line="29"/>
        <source>Pemerintah</source>
        <translation>Government</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/setup.py" line="30"/>
        <source>Nama kantor</source>
        <translation>Office name</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/setup.py" line="32"/>
        <source>Singkatan</source>
        <translation>Short name</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/setup.py" line="33"/>
        <source>Alamat</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/setup.py" line="33"/>
        <source>Telepon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/setup.py" line="34"/>
        <source>Faks</source>
        <translation>Fax</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/setup.py" line="34"/>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/setup.py" line="35"/>
        <source>Laman</source>
        <translation>Website</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/setup.py" line="36"/>
        <source>Nama Kepala Dinas</source>
        <translation>Name of head of office</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/setup.py" line="37"/>
        <source>NIP Kepala Dinas</source>
        <translation>NIP of head of office</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/setup.py" line="38"/>
        <source>Nama pengguna administrator</source>
        <translation>Administrator user name</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/setup.py" line="39"/>
        <source>Nama lengkap administrator</source>
        <translation>Administrator full name</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/setup.py" line="40"/>
        <source>Kata sandi (min. 8 karakter)</source>
        <translation>Password (min. 8 characters)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/setup.py" line="51"/>
        <source>Peran administrator</source>
        <translation>Administrator role</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../desktop_app/gui/dialogs/shortcuts_dialog.py" line="43"/>
        <source>Tabel data (Persiapan, Validasi, Penyajian, pratinjau impor)</source>
        <translation>Data table (Preparation, Validation, Presentation, import preview)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/shortcuts_dialog.py" line="44"/>
        <source>Penyunting teks bagian publikasi</source>
        <translation>Publication section text editor</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/shortcuts_dialog.py" line="45"/>
        <source>Pratinjau PDF</source>
        <translation>PDF preview</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/shortcuts_dialog.py" line="46"/>
        <source>Jendela Susun Publikasi</source>
        <translation>Compose Publication window</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/shortcuts_dialog.py" line="117"/>
        <source>Tab {tab}</source>
        <translation>Tab {tab}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/shortcuts_dialog.py" line="125"/>
        <source>Seluruh jendela</source>
        <translation>Whole window</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/shortcuts_dialog.py" line="152"/>
        <source>Seluruh program</source>
        <translation>Whole program</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/shortcuts_dialog.py" line="205"/>
        <source>Pintasan Papan Ketik</source>
        <translation>Keyboard Shortcuts</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/shortcuts_dialog.py" line="211"/>
        <source>Tombol pintas yang berlaku di PADI, menurut tempat berlakunya. Pintasan pada tab atau tabel hanya berlaku saat tab atau tabel itu tampil.</source>
        <translation>The shortcut keys of PADI, by where they work. Shortcuts of a tab or a table work only while that tab or table is shown.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/shortcuts_dialog.py" line="217"/>
        <source>Tindakan</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/shortcuts_dialog.py" line="217"/>
        <source>Tombol</source>
        <translation>Keys</translation>
    </message>
</context>
<context>
    <name>StageTab</name>
    <message>
        <location filename="../../desktop_app/gui/stages/base.py" line="83"/>
        <source>&lt;b&gt;Langkah {n} — {name}.&lt;/b&gt; {desc}. Waktu baku: {std}.</source>
        <translation>&lt;b&gt;Step {n} — {name}.&lt;/b&gt; {desc}. Standard time: {std}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/base.py" line="113"/>
        <source>Lembar Kendali SOP…</source>
        <translation>SOP control sheet…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/base.py" line="170"/>
        <location filename="../../desktop_app/gui/stages/base.py" line="188"/>
        <source>Tidak dapat dilanjutkan</source>
        <translation>Cannot continue</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/base.py" line="186"/>
        <source>Dibatalkan; tidak ada yang diubah.</source>
        <translation>Cancelled; nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/base.py" line="190"/>
        <source>Terjadi kesalahan</source>
        <translation>Something went wrong</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/base.py" line="191"/>
        <source>Pekerjaan gagal karena kesalahan tak terduga.</source>
        <translation>The work failed because of an unexpected error.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/base.py" line="206"/>
        <source>Pilih item terlebih dahulu.</source>
        <translation>Choose an item first.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/base.py" line="218"/>
        <source>Simpan Lembar Kendali SOP</source>
        <translation>Save SOP control sheet</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/base.py" line="219"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/base.py" line="222"/>
        <source>Lembar Kendali SOP disimpan: {file}</source>
        <translation>SOP control sheet saved: {file}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/base.py" line="242"/>
        <source>{title}
{state} · {who} · {spent} / {std}</source>
        <translation>{title}
{state} · {who} · {spent} / {std}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/base.py" line="250"/>
        <source>Terlambat: melewati waktu baku.</source>
        <translation>Late: over the standard time.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/base.py" line="253"/>
        <source>Hampir terlambat.</source>
        <translation>Nearly late.</translation>
    </message>
    <message>
        <location filename="../../ui/stage_tab.ui" line="25"/>
        <source>Cari…</source>
        <translation>Search…</translation>
    </message>
</context>
<context>
    <name>States</name>
    <message>
        <location filename="../../desktop_app/gui/messages.py" line="176"/>
        <source>Draf</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/messages.py" line="176"/>
        <source>Diperiksa</source>
        <translation>Checking</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/messages.py" line="177"/>
        <source>Tervalidasi</source>
        <translation>Validated</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/messages.py" line="177"/>
        <source>Diolah</source>
        <translation>Processed</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/messages.py" line="178"/>
        <source>Disajikan</source>
        <translation>Presented</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/messages.py" line="178"/>
        <source>Diajukan</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/messages.py" line="179"/>
        <source>Dikembalikan</source>
        <translation>Returned</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/messages.py" line="179"/>
        <source>Disetujui</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/messages.py" line="180"/>
        <source>Diterbitkan</source>
        <translation>Published</translation>
    </message>
</context>
<context>
    <name>SubmitTab</name>
    <message>
        <location filename="../../desktop_app/gui/stages/submit.py" line="23"/>
        <source>Pengajuan</source>
        <translation>Submission</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/submit.py" line="26"/>
        <source>Mengajukan persetujuan kepada Kepala atas data yang akan dipublikasi</source>
        <translation>Submitting data for publication to the head of office for approval</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/submit.py" line="30"/>
        <source>Publikasi Baru</source>
        <translation>New publication</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/submit.py" line="32"/>
        <source>Perbaiki</source>
        <translation>Revise</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/submit.py" line="33"/>
        <location filename="../../desktop_app/gui/stages/submit.py" line="71"/>
        <source>Ajukan ke Kepala</source>
        <translation>Submit to head of office</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/submit.py" line="47"/>
        <source>Draf publikasi dibuat.</source>
        <translation>Draft publication created.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/submit.py" line="64"/>
        <source>Perbaikan disimpan sebagai versi baru.</source>
        <translation>Revision saved as a new version.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/submit.py" line="69"/>
        <source>Diajukan kepada: {title} {name}</source>
        <translation>Submitted to: {title} {name}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/submit.py" line="72"/>
        <source>Catatan pengajuan:</source>
        <translation>Submission note:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/submit.py" line="75"/>
        <source>Publikasi diajukan kepada {title} {name}.</source>
        <translation>Publication submitted to {title} {name}.</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <location filename="../../desktop_app/gui/dialogs/admin.py" line="108"/>
        <source>Pengguna Baru</source>
        <translation>New user</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/admin.py" line="117"/>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/admin.py" line="121"/>
        <source>Nama pengguna</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/admin.py" line="122"/>
        <source>Nama lengkap</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/admin.py" line="123"/>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/admin.py" line="124"/>
        <source>Pangkat/golongan</source>
        <translation>Rank</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/admin.py" line="125"/>
        <source>Peran</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/admin.py" line="127"/>
        <source>Kata sandi awal (min. 8 karakter)</source>
        <translation>First password (at least 8 characters)</translation>
    </message>
</context>
<context>
    <name>ValidateTab</name>
    <message>
        <location filename="../../desktop_app/gui/stages/validate.py" line="151"/>
        <source>Validasi</source>
        <translation>Validation</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/validate.py" line="154"/>
        <source>Koordinasi atau konfirmasi akurasi dan validasi data</source>
        <translation>Coordinating or confirming the accuracy and validity of data</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/validate.py" line="158"/>
        <source>Jalankan Pemeriksaan</source>
        <translation>Run checks</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/validate.py" line="159"/>
        <source>Pengaturan Pemeriksaan</source>
        <translation>Check Settings</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/validate.py" line="160"/>
        <location filename="../../desktop_app/gui/stages/validate.py" line="320"/>
        <source>Surat Permohonan Konfirmasi</source>
        <translation>Confirmation Request Letter</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/validate.py" line="161"/>
        <source>Catat Konfirmasi Data</source>
        <translation>Record source confirmation</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/validate.py" line="162"/>
        <location filename="../../desktop_app/gui/stages/validate.py" line="332"/>
        <source>Terima Kesalahan</source>
        <translation>Accept Errors</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/validate.py" line="163"/>
        <location filename="../../desktop_app/gui/stages/validate.py" line="347"/>
        <source>Kembalikan ke Persiapan</source>
        <translation>Return to Preparation</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/validate.py" line="164"/>
        <source>Tandai Tervalidasi</source>
        <translation>Mark as validated</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/validate.py" line="174"/>
        <source>Klik dua kali sebuah temuan untuk menuju selnya di tabel.</source>
        <translation>Double-click a finding to go to its cell in the table.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/validate.py" line="182"/>
        <source>Data (hanya baca):</source>
        <translation>Data (read only):</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/validate.py" line="202"/>
        <source>Tidak ada Kumpulan Data yang menunggu validasi.</source>
        <translation>No datasets waiting for validation.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/validate.py" line="210"/>
        <source>Belum diperiksa.</source>
        <translation>Not checked yet.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/validate.py" line="212"/>
        <source>Pemeriksaan otomatis lulus ({when}).</source>
        <translation>Automatic checks passed ({when}).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/validate.py" line="233"/>
        <source>Konfirmasi Data:</source>
        <translation>Source confirmations:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/validate.py" line="236"/>
        <source>Belum ada Konfirmasi Data dengan sumber.</source>
        <translation>No source confirmation recorded yet.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/validate.py" line="61"/>
        <source>Baris {row}</source>
        <translation>Row {row}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/validate.py" line="59"/>
        <source>Kesalahan</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/validate.py" line="60"/>
        <source>Peringatan</source>
        <translation>Warning</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/validate.py" line="62"/>
        <source>Kumpulan Data</source>
        <translation>Dataset</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/validate.py" line="216"/>
        <source>{count} kesalahan pemeriksaan diterima oleh {who}.</source>
        <translation>{count} check error(s) accepted by {who}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/validate.py" line="218"/>
        <source>Alasan: {reason}</source>
        <translation>Reason: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/validate.py" line="221"/>
        <source>Pemeriksaan menemukan {count} kesalahan; perbaiki di tab Persiapan, atau Kasubag Program/Sekretaris dapat menerimanya dengan alasan.</source>
        <translation>The check found {count} error(s); fix them in the Preparation tab, or the Kasubag Program/Sekretaris can accept them with a reason.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/validate.py" line="246"/>
        <source>belum ditentukan</source>
        <translation>not set</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/validate.py" line="248"/>
        <source>tidak diperiksa</source>
        <translation>not checked</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/validate.py" line="249"/>
        <source>Kolom kunci: {keys} · Ambang perubahan: {threshold}</source>
        <translation>Key columns: {keys} · Change threshold: {threshold}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/validate.py" line="261"/>
        <source>Pemeriksaan terakhir tidak menemukan kesalahan.</source>
        <translation>The last check found no errors.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/validate.py" line="264"/>
        <source>Kesalahan pemeriksaan terakhir sudah diterima.</source>
        <translation>The errors of the last check are already accepted.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/validate.py" line="266"/>
        <source>Izinkan validasi walaupun pemeriksaan terakhir menemukan kesalahan, dengan alasan.</source>
        <translation>Allow validation although the last check found errors, with a reason.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/validate.py" line="279"/>
        <source>Pemeriksaan otomatis selesai dan dicatat.</source>
        <translation>Automatic checks done and recorded.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/validate.py" line="289"/>
        <source>Pengaturan Pemeriksaan disimpan; pemeriksaan dijalankan ulang.</source>
        <translation>Check settings saved; the check was run again.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/validate.py" line="301"/>
        <source>Surat Permohonan Konfirmasi - {name}.pdf</source>
        <translation>Confirmation request letter - {name}.pdf</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/validate.py" line="303"/>
        <source>Simpan Surat Permohonan Konfirmasi</source>
        <translation>Save the confirmation request letter</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/validate.py" line="304"/>
        <source>Dokumen PDF (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/validate.py" line="312"/>
        <source>Menyusun Surat Permohonan Konfirmasi …</source>
        <translation>Writing the confirmation request letter …</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/validate.py" line="317"/>
        <source>Surat Permohonan Konfirmasi disimpan: {path}</source>
        <translation>Confirmation request letter saved: {path}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/validate.py" line="328"/>
        <source>Konfirmasi Data dicatat.</source>
        <translation>Source confirmation recorded.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/validate.py" line="333"/>
        <source>Mengapa &apos;{name}&apos; boleh divalidasi walaupun pemeriksaan menemukan kesalahan? Alasan:</source>
        <translation>Why may &apos;{name}&apos; be validated although the check found errors? Reason:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/validate.py" line="338"/>
        <source>Kesalahan pemeriksaan diterima dan dicatat.</source>
        <translation>Check errors accepted and logged.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/validate.py" line="343"/>
        <source>Kumpulan Data tervalidasi; lanjut ke tab 3 Pengolahan.</source>
        <translation>Dataset validated; continue in tab 3 Processing.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/validate.py" line="348"/>
        <source>Alasan pengembalian:</source>
        <translation>Reason for returning:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/validate.py" line="351"/>
        <source>Dikembalikan ke Persiapan.</source>
        <translation>Returned to Preparation.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/validate.py" line="362"/>
        <location filename="../../desktop_app/gui/stages/validate.py" line="364"/>
        <location filename="../../desktop_app/gui/stages/validate.py" line="371"/>
        <source>Simpan lampiran</source>
        <translation>Save attachment</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/validate.py" line="365"/>
        <source>Semua berkas (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/validate.py" line="372"/>
        <source>Lampiran tidak dapat disimpan di sana. Pilih folder lain.</source>
        <translation>The attachment cannot be saved there. Choose another folder.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/validate.py" line="374"/>
        <source>Lampiran disimpan: {path}</source>
        <translation>Attachment saved: {path}</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="id_ID">
<context>
    <name>Actions</name>
    <message>
        <location filename="../../desktop_app/gui/messages.py" line="117"/>
        <source>Penyiapan kantor</source>
        <translation>Office set up</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/messages.py" line="118"/>
        <source>Profil kantor diubah</source>
        <translation>Office profile changed</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/messages.py" line="119"/>
        <source>Pengguna dibuat</source>
        <translation>User created</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/messages.py" line="120"/>
        <source>Masuk</source>
        <translation>Logged in</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/messages.py" line="121"/>
        <source>Keluar</source>
        <translation>Logged out</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/messages.py" line="122"/>
        <source>Gagal masuk</source>
        <translation>Login failed</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/messages.py" line="123"/>
        <source>Akun dikunci</source>
        <translation>Account locked</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/messages.py" line="124"/>
        <source>Plt. ditunjuk</source>
        <translation>Acting head appointed</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/messages.py" line="125"/>
        <source>Kumpulan Data dibuat</source>
        <translation>Dataset created</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/messages.py" line="126"/>
        <source>Kumpulan Data disimpan</source>
        <translation>Dataset saved</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/messages.py" line="127"/>
        <source>Pemeriksaan dijalankan</source>
        <translation>Checks run</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/messages.py" line="128"/>
        <source>Konfirmasi Data dicatat</source>
        <translation>Source confirmation recorded</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/messages.py" line="129"/>
        <source>Tervalidasi</source>
        <translation>Validated</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/messages.py" line="130"/>
        <source>Dikembalikan ke Persiapan</source>
        <translation>Returned to Preparation</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/messages.py" line="131"/>
        <source>Keluaran disimpan</source>
        <translation>Output saved</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/messages.py" line="132"/>
        <source>Disajikan di Katalog Data</source>
        <translation>Presented in data catalogue</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/messages.py" line="133"/>
        <source>Publikasi dibuat</source>
        <translation>Publication created</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/messages.py" line="134"/>
        <source>Publikasi diperbaiki</source>
        <translation>Publication revised</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/messages.py" line="135"/>
        <source>Diajukan ke Kepala</source>
        <translation>Submitted to head of office</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/messages.py" line="136"/>
        <source>Disetujui</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/messages.py" line="137"/>
        <source>Dikembalikan dengan Catatan Perbaikan</source>
        <translation>Returned with revision note</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/messages.py" line="138"/>
        <source>Diterbitkan</source>
        <translation>Published</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/messages.py" line="139"/>
        <source>Cadangan terverifikasi dibuat</source>
        <translation>Verified backup made</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/messages.py" line="140"/>
        <source>Pencadangan gagal</source>
        <translation>Backup failed</translation>
    </message>
</context>
<context>
    <name>ActivityTab</name>
    <message>
        <location filename="../../desktop_app/gui/activity_tab.py" line="25"/>
        <source>Cari pengguna, objek atau tindakan…</source>
        <translation>Search user, object or action…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/activity_tab.py" line="30"/>
        <source>Waktu</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/activity_tab.py" line="30"/>
        <source>Pengguna</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/activity_tab.py" line="31"/>
        <source>Peran</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/activity_tab.py" line="31"/>
        <source>Langkah</source>
        <translation>Step</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/activity_tab.py" line="32"/>
        <source>Objek</source>
        <translation>Object</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/activity_tab.py" line="32"/>
        <source>Tindakan</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/activity_tab.py" line="33"/>
        <source>Durasi / Waktu Baku</source>
        <translation>Duration / Standard time</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/activity_tab.py" line="46"/>
        <source>&lt;span style=&apos;color:#2e7d32&apos;&gt;✔ Rantai catatan utuh: {n} entri terverifikasi.&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#2e7d32&apos;&gt;✔ Log chain intact: {n} entries verified.&lt;/span&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/activity_tab.py" line="49"/>
        <source>&lt;span style=&apos;color:#b23a48&apos;&gt;&lt;b&gt;✘ Catatan aktivitas #{id} telah diubah atau dihapus.&lt;/b&gt;&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#b23a48&apos;&gt;&lt;b&gt;✘ Activity log entry #{id} has been altered or deleted.&lt;/b&gt;&lt;/span&gt;</translation>
    </message>
</context>
<context>
    <name>ArchiveTab</name>
    <message>
        <location filename="../../desktop_app/gui/stages/archive.py" line="22"/>
        <source>Arsip</source>
        <translation>Archive</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/archive.py" line="25"/>
        <source>Menyimpan semua file sebagai data soft untuk kepentingan internal</source>
        <translation>Keeping all files as soft copies for internal use</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/archive.py" line="28"/>
        <location filename="../../desktop_app/gui/stages/archive.py" line="58"/>
        <source>Cadangkan Sekarang</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/archive.py" line="35"/>
        <source>&lt;p&gt;&lt;b&gt;Belum ada cadangan terverifikasi.&lt;/b&gt; Pasang flash disk atau hard disk lalu klik Cadangkan Sekarang.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;No verified backup yet.&lt;/b&gt; Plug in a flash drive or hard disk, then click Back up now.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/archive.py" line="38"/>
        <source>&lt;p&gt;Cadangan terverifikasi terakhir: &lt;b&gt;{when}&lt;/b&gt;&lt;br&gt;{path}&lt;br&gt;SHA-256: &lt;tt&gt;{sha}&lt;/tt&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;Last verified backup: &lt;b&gt;{when}&lt;/b&gt;&lt;br&gt;{path}&lt;br&gt;SHA-256: &lt;tt&gt;{sha}&lt;/tt&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/archive.py" line="45"/>
        <source>Pilih flash disk atau folder cadangan</source>
        <translation>Choose a flash drive or backup folder</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/archive.py" line="52"/>
        <source>Menulis dan memverifikasi cadangan ke {folder} …</source>
        <translation>Writing and verifying the backup in {folder} …</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/archive.py" line="56"/>
        <source>Cadangan terverifikasi: {name}</source>
        <translation>Backup verified: {name}</translation>
    </message>
</context>
<context>
    <name>ChartView</name>
    <message>
        <location filename="../../desktop_app/gui/widgets/chart_view.py" line="54"/>
        <source>Sumber: {source}</source>
        <translation>Source: {source}</translation>
    </message>
</context>
<context>
    <name>ColumnTypes</name>
    <message>
        <location filename="../../desktop_app/gui/dialogs/new_dataset.py" line="28"/>
        <source>Teks</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/new_dataset.py" line="29"/>
        <source>Bilangan bulat</source>
        <translation>Whole number</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/new_dataset.py" line="30"/>
        <source>Desimal</source>
        <translation>Decimal</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/new_dataset.py" line="31"/>
        <source>Persen</source>
        <translation>Percent</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/new_dataset.py" line="32"/>
        <source>Rupiah</source>
        <translation>Rupiah</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/new_dataset.py" line="33"/>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/new_dataset.py" line="34"/>
        <source>Periode</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/new_dataset.py" line="35"/>
        <source>Kategori</source>
        <translation>Category</translation>
    </message>
</context>
<context>
    <name>ComposeDialog</name>
    <message>
        <location filename="../../desktop_app/gui/dialogs/compose.py" line="31"/>
        <source>Susun Publikasi</source>
        <translation>Compose publication</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/compose.py" line="34"/>
        <source>Brosur</source>
        <translation>Brochure</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/compose.py" line="34"/>
        <source>Buklet</source>
        <translation>Booklet</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/compose.py" line="35"/>
        <source>Halaman Web</source>
        <translation>Web page</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/compose.py" line="35"/>
        <source>Poster</source>
        <translation>Poster</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/compose.py" line="41"/>
        <source>(tanpa tabel)</source>
        <translation>(no table)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/compose.py" line="44"/>
        <source>Sertakan grafik batang</source>
        <translation>Include bar chart</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/compose.py" line="47"/>
        <source>&amp;Judul</source>
        <translation>&amp;Title</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/compose.py" line="48"/>
        <source>&amp;Jenis</source>
        <translation>T&amp;ype</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/compose.py" line="49"/>
        <source>Judul &amp;bagian</source>
        <translation>Section &amp;heading</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/compose.py" line="50"/>
        <source>&amp;Teks</source>
        <translation>Te&amp;xt</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/compose.py" line="51"/>
        <source>Tabel dari &amp;Keluaran</source>
        <translation>Table from &amp;output</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/compose.py" line="55"/>
        <source>Catatan Perbaikan dari Kepala:</source>
        <translation>Revision notes from the head of office:</translation>
    </message>
</context>
<context>
    <name>ConfirmationDialog</name>
    <message>
        <location filename="../../desktop_app/gui/dialogs/confirmation.py" line="24"/>
        <source>Kumpulan Data: {name}</source>
        <translation>Dataset: {name}</translation>
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
        <location filename="../../desktop_app/gui/dashboard.py" line="25"/>
        <source>Item per langkah SOP</source>
        <translation>Items per SOP step</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dashboard.py" line="47"/>
        <source>&lt;h2&gt;Selamat datang, {name}&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Welcome, {name}&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dashboard.py" line="51"/>
        <source>{n} item</source>
        <translation>{n} item(s)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dashboard.py" line="53"/>
        <source>&lt;span style=&apos;color:#b23a48&apos;&gt;{n} terlambat&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#b23a48&apos;&gt;{n} late&lt;/span&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dashboard.py" line="56"/>
        <source>&lt;b&gt;Menunggu persetujuan Kepala Dinas: {n}&lt;/b&gt;</source>
        <translation>&lt;b&gt;Awaiting approval by the head of office: {n}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dashboard.py" line="59"/>
        <source>&lt;span style=&apos;color:#b23a48&apos;&gt;&lt;b&gt;Belum pernah dicadangkan.&lt;/b&gt; Buka tab 8 Arsip.&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#b23a48&apos;&gt;&lt;b&gt;Never backed up.&lt;/b&gt; Open tab 8 Archive.&lt;/span&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dashboard.py" line="63"/>
        <source>Cadangan terverifikasi terakhir: {days} hari yang lalu.</source>
        <translation>Last verified backup: {days} day(s) ago.</translation>
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
        <location filename="../../desktop_app/gui/dialogs/admin.py" line="139"/>
        <source>Tunjuk Plt. Kepala Dinas</source>
        <translation>Appoint acting head</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/admin.py" line="149"/>
        <source>Pegawai</source>
        <translation>Employee</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/admin.py" line="150"/>
        <source>Mulai</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/admin.py" line="151"/>
        <source>Sampai</source>
        <translation>Until</translation>
    </message>
</context>
<context>
    <name>Findings</name>
    <message>
        <location filename="../../desktop_app/gui/messages.py" line="100"/>
        <source>kosong</source>
        <translation>empty</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/messages.py" line="101"/>
        <source>bukan angka</source>
        <translation>not a number</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/messages.py" line="102"/>
        <source>bukan bilangan bulat</source>
        <translation>not a whole number</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/messages.py" line="103"/>
        <source>persen di luar 0–100</source>
        <translation>percentage outside 0–100</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/messages.py" line="104"/>
        <source>bernilai negatif</source>
        <translation>negative value</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/messages.py" line="105"/>
        <source>periode tidak dikenal (contoh: 2025-01, 2025-Q1, 2025-S1)</source>
        <translation>unknown period (examples: 2025-01, 2025-Q1, 2025-S1)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/messages.py" line="106"/>
        <source>tanggal tidak dikenal (contoh: 2025-03-12)</source>
        <translation>unknown date (example: 2025-03-12)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/messages.py" line="107"/>
        <source>kode tidak ada dalam daftar kode</source>
        <translation>code not in the code list</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/messages.py" line="108"/>
        <source>baris ganda</source>
        <translation>duplicate row</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/messages.py" line="109"/>
        <source>Kumpulan Data belum berisi baris</source>
        <translation>Dataset has no rows yet</translation>
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
        <location filename="../../desktop_app/gui/labels.py" line="16"/>
        <source>Kepala Dinas</source>
        <translation>Head of office</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/labels.py" line="17"/>
        <source>Sekretaris</source>
        <translation>Secretary</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/labels.py" line="18"/>
        <source>Kasubag Program</source>
        <translation>Programme sub-section head</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/labels.py" line="19"/>
        <source>Staf</source>
        <translation>Staff</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/labels.py" line="25"/>
        <source>Persiapan</source>
        <translation>Preparation</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/labels.py" line="25"/>
        <source>Validasi</source>
        <translation>Validation</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/labels.py" line="26"/>
        <source>Pengolahan</source>
        <translation>Processing</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/labels.py" line="26"/>
        <source>Penyajian</source>
        <translation>Presentation</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/labels.py" line="27"/>
        <source>Pengajuan</source>
        <translation>Submission</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/labels.py" line="27"/>
        <source>Persetujuan</source>
        <translation>Approval</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/labels.py" line="28"/>
        <source>Publikasi</source>
        <translation>Publication</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/labels.py" line="28"/>
        <source>Arsip</source>
        <translation>Archive</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/labels.py" line="34"/>
        <source>Jumlah</source>
        <translation>Sum</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/labels.py" line="34"/>
        <source>Banyaknya</source>
        <translation>Count</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/labels.py" line="35"/>
        <source>Rata-rata</source>
        <translation>Average</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/labels.py" line="35"/>
        <source>Minimum</source>
        <translation>Minimum</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/labels.py" line="36"/>
        <source>Maksimum</source>
        <translation>Maximum</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/labels.py" line="42"/>
        <source>Telepon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/labels.py" line="42"/>
        <source>Surat</source>
        <translation>Letter</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/labels.py" line="43"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/labels.py" line="43"/>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/labels.py" line="44"/>
        <source>Rapat/tatap muka</source>
        <translation>Meeting/in person</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/labels.py" line="51"/>
        <source>Menunggu jawaban</source>
        <translation>Awaiting an answer</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/labels.py" line="50"/>
        <source>Sesuai</source>
        <translation>Confirmed</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/labels.py" line="50"/>
        <source>Diperbaiki sesuai sumber</source>
        <translation>Corrected from the source</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../desktop_app/gui/login_dialog.py" line="33"/>
        <source>Membuka basis data…</source>
        <translation>Opening the database…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/login_dialog.py" line="35"/>
        <source>Mode demo — akun: {users}; kata sandi: padi-demo</source>
        <translation>Demo mode — accounts: {users}; password: padi-demo</translation>
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
        <location filename="../../desktop_app/gui/main_window.py" line="42"/>
        <source>PADI — Pengelolaan Data dan Informasi</source>
        <translation>PADI — Data and Information Management</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="46"/>
        <source>Dasbor</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="55"/>
        <source>Catatan Aktivitas</source>
        <translation>Activity log</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="58"/>
        <source>Pengaturan</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="62"/>
        <source>Basis data: {db}</source>
        <translation>Database: {db}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="68"/>
        <source>&amp;Berkas</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="69"/>
        <source>&amp;Ganti Pengguna</source>
        <translation>&amp;Switch user</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="73"/>
        <source>&amp;Keluar</source>
        <translation>E&amp;xit</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="77"/>
        <source>&amp;Langkah</source>
        <translation>&amp;Steps</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="84"/>
        <source>Ba&amp;ntuan</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="85"/>
        <location filename="../../desktop_app/gui/main_window.py" line="117"/>
        <source>Tentang PADI</source>
        <translation>About PADI</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="109"/>
        <source>Cadangan terakhir: {when}</source>
        <translation>Last backup: {when}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="110"/>
        <source>Belum ada cadangan</source>
        <translation>No backup yet</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="117"/>
        <source>PADI {version}
Pengelolaan Data dan Informasi
SOP DPMPTSP Kota Tebing Tinggi</source>
        <translation>PADI {version}
Data and Information Management
SOP of DPMPTSP Kota Tebing Tinggi</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../desktop_app/gui/messages.py" line="17"/>
        <source>Nama pengguna atau kata sandi salah.</source>
        <translation>User name or password is incorrect.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/messages.py" line="18"/>
        <source>Akun dikunci sementara setelah 5 kali gagal masuk. Coba lagi 15 menit lagi.</source>
        <translation>Account locked for now after 5 failed log-ins. Try again in 15 minutes.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/messages.py" line="19"/>
        <location filename="../../desktop_app/gui/messages.py" line="76"/>
        <source>Peran Anda tidak diizinkan melakukan tindakan ini.</source>
        <translation>Your role is not allowed to do this.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/messages.py" line="20"/>
        <source>Tindakan ini tidak dapat dilakukan pada tahap item saat ini.</source>
        <translation>This cannot be done at the item&apos;s current stage.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/messages.py" line="21"/>
        <source>Anda tidak dapat menyetujui publikasi yang Anda susun atau ajukan sendiri.</source>
        <translation>You cannot approve a publication that you composed or submitted yourself.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/messages.py" line="23"/>
        <source>Publikasi belum disetujui; hanya versi yang disetujui yang dapat diterbitkan.</source>
        <translation>The publication is not approved yet; only an approved version can be published.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/messages.py" line="25"/>
        <source>Isi publikasi berubah sejak ditinjau. Muat ulang lalu tinjau kembali.</source>
        <translation>The publication changed after it was reviewed. Reload it and review it again.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/messages.py" line="27"/>
        <source>Tuliskan minimal satu Catatan Perbaikan sebelum mengembalikan.</source>
        <translation>Write at least one revision note before returning.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/messages.py" line="28"/>
        <source>Pemeriksaan terakhir masih menemukan kesalahan. Perbaiki data lalu periksa ulang.</source>
        <translation>The last check still found errors. Correct the data, then check again.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/messages.py" line="30"/>
        <source>Data berubah setelah pemeriksaan terakhir. Jalankan pemeriksaan lagi.</source>
        <translation>The data changed after the last check. Run the checks again.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/messages.py" line="31"/>
        <source>Catat minimal satu Konfirmasi Data dengan sumbernya terlebih dahulu.</source>
        <translation>Record at least one source confirmation first.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/messages.py" line="32"/>
        <source>Nama Kumpulan Data sudah dipakai. Pilih nama lain.</source>
        <translation>That dataset name is already in use. Choose another name.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/messages.py" line="33"/>
        <source>Nama Kumpulan Data wajib diisi.</source>
        <translation>Dataset name is required.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/messages.py" line="34"/>
        <source>Setiap kolom harus diberi nama.</source>
        <translation>Every column needs a name.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/messages.py" line="35"/>
        <source>Nama kolom tidak boleh sama.</source>
        <translation>Column names must all be different.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/messages.py" line="36"/>
        <source>Sumber data wajib diisi.</source>
        <translation>Data source is required.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/messages.py" line="37"/>
        <source>Judul wajib diisi.</source>
        <translation>Title is required.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/messages.py" line="38"/>
        <source>Publikasi harus memiliki minimal satu bagian.</source>
        <translation>A publication needs at least one section.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/messages.py" line="39"/>
        <source>Nama Keluaran wajib diisi.</source>
        <translation>Output name is required.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/messages.py" line="40"/>
        <source>Alasan wajib diisi.</source>
        <translation>Reason is required.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/messages.py" line="41"/>
        <source>Nama kantor wajib diisi.</source>
        <translation>The office name is required.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/messages.py" line="42"/>
        <source>Logo harus berupa gambar PNG atau JPEG.</source>
        <translation>The logo must be a PNG or JPEG image.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/messages.py" line="43"/>
        <source>Logo terlalu besar (maksimal 2 MB).</source>
        <translation>The logo is too large (2 MB at most).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/messages.py" line="44"/>
        <source>Nama pengguna sudah dipakai.</source>
        <translation>That user name is already taken.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/messages.py" line="45"/>
        <source>Nama pengguna dan nama lengkap wajib diisi.</source>
        <translation>User name and full name are required.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/messages.py" line="46"/>
        <source>Kata sandi minimal 8 karakter.</source>
        <translation>The password needs at least 8 characters.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/messages.py" line="47"/>
        <source>Anda tidak dapat menonaktifkan akun Anda sendiri.</source>
        <translation>You cannot deactivate your own account.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/messages.py" line="48"/>
        <source>Tanggal selesai harus sesudah tanggal mulai.</source>
        <translation>The end date must come after the start date.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/messages.py" line="49"/>
        <source>Nilai harus berupa angka.</source>
        <translation>The value must be a number.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/messages.py" line="50"/>
        <source>Ruang kosong pada media tujuan tidak cukup. Kosongkan ruang atau pilih media lain.</source>
        <translation>Not enough free space on the target drive. Free up space or choose another drive.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/messages.py" line="51"/>
        <source>Folder tujuan tidak ditemukan. Pastikan flash disk terpasang.</source>
        <translation>Target folder not found. Make sure the flash drive is plugged in.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/messages.py" line="52"/>
        <source>Folder tujuan tidak dapat ditulisi. Pilih folder lain.</source>
        <translation>Cannot write to the target folder. Choose another folder.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/messages.py" line="53"/>
        <source>Penulisan ke media gagal. Cadangan lama tetap utuh; coba media lain.</source>
        <translation>Writing to the drive failed. Earlier backups are intact; try another drive.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/messages.py" line="54"/>
        <source>Cadangan tidak lolos verifikasi dan tidak disimpan. Coba media lain.</source>
        <translation>The backup failed verification and was not kept. Try another drive.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/messages.py" line="56"/>
        <source>Tindakan gagal ({code}).</source>
        <translation>Action failed ({code}).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/messages.py" line="62"/>
        <source>Hanya Kepala Dinas atau Plt. yang dapat menyetujui.</source>
        <translation>Only the head of office or acting head can approve.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/messages.py" line="63"/>
        <source>Hanya Kasubag Program atau Sekretaris yang dapat mengajukan.</source>
        <translation>Only the Programme Sub-section Head or the Secretary can submit.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/messages.py" line="64"/>
        <source>Peran Anda tidak menyusun publikasi.</source>
        <translation>Your role does not compose publications.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/messages.py" line="65"/>
        <source>Hanya Staf atau Kasubag Program yang menyiapkan data.</source>
        <translation>Only Staff or the Programme Sub-section Head prepare data.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/messages.py" line="66"/>
        <source>Peran Anda tidak melakukan pemeriksaan data.</source>
        <translation>Your role does not check data.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/messages.py" line="67"/>
        <source>Hanya Staf, Kasubag Program atau Sekretaris yang memvalidasi.</source>
        <translation>Only Staff, the Programme Sub-section Head or the Secretary validate data.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/messages.py" line="68"/>
        <source>Hanya Staf atau Kasubag Program yang mengolah data.</source>
        <translation>Only Staff or the Programme Sub-section Head process data.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/messages.py" line="69"/>
        <source>Hanya Staf atau Kasubag Program yang menyajikan data.</source>
        <translation>Only Staff or the Programme Sub-section Head present data.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/messages.py" line="70"/>
        <source>Hanya Staf atau Kasubag Program yang menerbitkan.</source>
        <translation>Only Staff or the Programme Sub-section Head publish.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/messages.py" line="71"/>
        <source>Peran Anda tidak membuat cadangan.</source>
        <translation>Your role does not make backups.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/messages.py" line="72"/>
        <source>Hanya administrator yang mengelola pengguna.</source>
        <translation>Only an administrator manages users.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/messages.py" line="73"/>
        <source>Hanya administrator yang mengubah profil kantor.</source>
        <translation>Only an administrator changes the office profile.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/messages.py" line="74"/>
        <source>Hanya Kepala Dinas atau administrator yang menunjuk Plt.</source>
        <translation>Only the head of office or an administrator appoints an acting head.</translation>
    </message>
</context>
<context>
    <name>NewDatasetDialog</name>
    <message>
        <location filename="../../desktop_app/gui/dialogs/new_dataset.py" line="44"/>
        <source>Kumpulan Data Baru</source>
        <translation>New dataset</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/new_dataset.py" line="51"/>
        <source>&amp;Nama</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/new_dataset.py" line="52"/>
        <source>&amp;Kelompok</source>
        <translation>&amp;Group</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/new_dataset.py" line="53"/>
        <source>&amp;Satuan</source>
        <translation>&amp;Unit</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/new_dataset.py" line="54"/>
        <source>&amp;Periode</source>
        <translation>&amp;Period</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/new_dataset.py" line="55"/>
        <source>S&amp;umber</source>
        <translation>&amp;Source</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/new_dataset.py" line="58"/>
        <source>Nama Kolom</source>
        <translation>Column name</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/new_dataset.py" line="58"/>
        <source>Tipe</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/new_dataset.py" line="60"/>
        <source>Tambah Kolom</source>
        <translation>Add column</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/new_dataset.py" line="62"/>
        <source>Hapus Kolom</source>
        <translation>Remove column</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/new_dataset.py" line="76"/>
        <source>Uraian</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/new_dataset.py" line="77"/>
        <source>Jumlah</source>
        <translation>Number</translation>
    </message>
</context>
<context>
    <name>OfficeDialog</name>
    <message>
        <location filename="../../desktop_app/gui/dialogs/admin.py" line="49"/>
        <source>Profil Kantor</source>
        <translation>Office profile</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/admin.py" line="52"/>
        <source>Pemerintah</source>
        <translation>Government</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/admin.py" line="52"/>
        <source>Nama kantor</source>
        <translation>Office name</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/admin.py" line="53"/>
        <source>Singkatan</source>
        <translation>Short name</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/admin.py" line="53"/>
        <source>Alamat</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/admin.py" line="54"/>
        <source>Telepon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/admin.py" line="54"/>
        <source>Faks</source>
        <translation>Fax</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/admin.py" line="55"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/admin.py" line="55"/>
        <source>Laman</source>
        <translation>Website</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/admin.py" line="56"/>
        <source>Nama Kepala Dinas</source>
        <translation>Name of the head of office</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/admin.py" line="57"/>
        <source>NIP Kepala Dinas</source>
        <translation>NIP of the head of office</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/admin.py" line="58"/>
        <source>Pangkat/golongan Kepala Dinas</source>
        <translation>Rank of the head of office</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/admin.py" line="68"/>
        <source>Pilih Logo…</source>
        <translation>Choose logo…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/admin.py" line="70"/>
        <location filename="../../desktop_app/gui/dialogs/admin.py" line="93"/>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/admin.py" line="87"/>
        <source>(belum ada logo)</source>
        <translation>(no logo yet)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/admin.py" line="90"/>
        <source>Pilih Logo</source>
        <translation>Choose logo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/admin.py" line="91"/>
        <source>Gambar (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/admin.py" line="94"/>
        <source>Berkas itu bukan gambar PNG atau JPEG yang dapat dibaca.</source>
        <translation>That file is not a readable PNG or JPEG image.</translation>
    </message>
</context>
<context>
    <name>PrepareTab</name>
    <message>
        <location filename="../../desktop_app/gui/stages/prepare.py" line="25"/>
        <source>Persiapan</source>
        <translation>Preparation</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/prepare.py" line="28"/>
        <source>Menyiapkan data dan informasi, program dan kegiatan unit</source>
        <translation>Preparing the unit&apos;s data and information, programmes and activities</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/prepare.py" line="32"/>
        <source>Kumpulan Data Baru</source>
        <translation>New dataset</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/prepare.py" line="34"/>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/prepare.py" line="35"/>
        <source>Kirim ke Pemeriksaan</source>
        <translation>Send for checking</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/prepare.py" line="44"/>
        <source>Tambah Baris</source>
        <translation>Add row</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/prepare.py" line="45"/>
        <source>Hapus Baris</source>
        <translation>Remove row</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/prepare.py" line="61"/>
        <source>Belum ada Kumpulan Data draf. Buat yang baru.</source>
        <translation>No draft datasets yet. Create a new one.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/prepare.py" line="75"/>
        <source>Kumpulan Data dibuat. Ketik barisnya lalu simpan.</source>
        <translation>Dataset created. Type its rows, then save.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/prepare.py" line="84"/>
        <source>Kumpulan Data disimpan.</source>
        <translation>Dataset saved.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/prepare.py" line="94"/>
        <source>Dikirim ke tab 2 Validasi; pemeriksaan otomatis sudah dijalankan.</source>
        <translation>Sent to tab 2 Validation; the automatic checks have been run.</translation>
    </message>
</context>
<context>
    <name>PresentTab</name>
    <message>
        <location filename="../../desktop_app/gui/stages/present.py" line="25"/>
        <source>Penyajian</source>
        <translation>Presentation</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/present.py" line="28"/>
        <source>Menyajikan data secara cepat, mudah diakses dan valid, dengan telp/fax</source>
        <translation>Presenting valid data quickly and accessibly, with phone/fax contacts</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/present.py" line="31"/>
        <source>Sajikan di Katalog Data</source>
        <translation>Present in data catalogue</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/present.py" line="44"/>
        <source>&lt;p&gt;&lt;b&gt;{office}&lt;/b&gt;&lt;br&gt;{address}&lt;br&gt;Telp. {phone} · Faks. {fax}&lt;br&gt;E-mail: {email} · Laman: {web}&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;{office}&lt;/b&gt;&lt;br&gt;{address}&lt;br&gt;Tel. {phone} · Fax {fax}&lt;br&gt;Email: {email} · Website: {web}&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/present.py" line="51"/>
        <source>Katalog Data masih kosong.</source>
        <translation>The data catalogue is still empty.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/present.py" line="54"/>
        <source>Ada di Katalog Data.</source>
        <translation>In the data catalogue.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/present.py" line="55"/>
        <source>Belum disajikan di Katalog Data.</source>
        <translation>Not yet in the data catalogue.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/present.py" line="57"/>
        <source>Konfirmasi terakhir: {when}, {source}.</source>
        <translation>Last source confirmation: {when}, {source}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/present.py" line="65"/>
        <source>Kumpulan Data disajikan di Katalog Data.</source>
        <translation>Dataset presented in the data catalogue.</translation>
    </message>
</context>
<context>
    <name>ProcessTab</name>
    <message>
        <location filename="../../desktop_app/gui/stages/process.py" line="30"/>
        <source>Pengolahan</source>
        <translation>Processing</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/process.py" line="33"/>
        <source>Rekapitulasi, kompilasi, tabulasi dan grafik sesuai kelompoknya</source>
        <translation>Recaps, compilations, tabulations and charts by group</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/process.py" line="36"/>
        <location filename="../../desktop_app/gui/stages/process.py" line="124"/>
        <source>Simpan Keluaran</source>
        <translation>Save output</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/process.py" line="47"/>
        <source>Hitung</source>
        <translation>Calculate</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/process.py" line="49"/>
        <source>Kelompokkan menurut</source>
        <translation>Group by</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/process.py" line="50"/>
        <source>Nilai</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/process.py" line="51"/>
        <source>Fungsi</source>
        <translation>Function</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/process.py" line="72"/>
        <source>Tidak ada Kumpulan Data tervalidasi untuk diolah.</source>
        <translation>No validated datasets to process.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/process.py" line="77"/>
        <source>Keluaran tersimpan: {names}</source>
        <translation>Saved outputs: {names}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/process.py" line="100"/>
        <source>Tabulasi</source>
        <translation>Tabulation</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/process.py" line="125"/>
        <source>Nama Keluaran:</source>
        <translation>Output name:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/process.py" line="129"/>
        <source>Keluaran disimpan; siap disajikan di tab 4 Penyajian.</source>
        <translation>Output saved; ready to present in tab 4 Presentation.</translation>
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
        <location filename="../../desktop_app/gui/stages/publish.py" line="24"/>
        <source>Publikasi</source>
        <translation>Publication</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/publish.py" line="27"/>
        <source>Menyediakan dan menyajikan barang publikasi lewat cetakan dan internet</source>
        <translation>Providing and presenting publications in print and on the internet</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/publish.py" line="30"/>
        <location filename="../../desktop_app/gui/stages/publish.py" line="52"/>
        <source>Terbitkan PDF</source>
        <translation>Publish PDF</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/publish.py" line="39"/>
        <source>Simpan PDF ke folder</source>
        <translation>Save PDF to folder</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/publish.py" line="46"/>
        <source>Menyusun PDF versi yang disetujui …</source>
        <translation>Building the PDF of the approved version …</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/publish.py" line="50"/>
        <source>PDF diterbitkan: {path}</source>
        <translation>PDF published: {path}</translation>
    </message>
</context>
<context>
    <name>ReviewTab</name>
    <message>
        <location filename="../../desktop_app/gui/stages/review.py" line="27"/>
        <source>Persetujuan</source>
        <translation>Approval</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/review.py" line="30"/>
        <source>Mencermati dan menganalisa data; setujui, atau kembalikan untuk diperbaiki</source>
        <translation>Examining and analysing the data; approve, or return for revision</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/review.py" line="34"/>
        <source>Lihat PDF</source>
        <translation>View PDF</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/review.py" line="35"/>
        <location filename="../../desktop_app/gui/stages/review.py" line="55"/>
        <source>Kembalikan</source>
        <translation>Return</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/review.py" line="36"/>
        <source>Setujui</source>
        <translation>Approve</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/review.py" line="51"/>
        <source>Publikasi disetujui dan dicatat.</source>
        <translation>Publication approved and recorded.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/review.py" line="56"/>
        <source>Kembalikan &apos;{title}&apos; ke penyusun?</source>
        <translation>Return &apos;{title}&apos; to its author?</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/review.py" line="58"/>
        <source>Catatan Perbaikan</source>
        <translation>Revision note</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/review.py" line="59"/>
        <source>Apa yang harus diperbaiki?</source>
        <translation>What needs to be revised?</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/review.py" line="62"/>
        <source>Publikasi dikembalikan dengan Catatan Perbaikan.</source>
        <translation>Publication returned with a revision note.</translation>
    </message>
</context>
<context>
    <name>SettingsTab</name>
    <message>
        <location filename="../../desktop_app/gui/settings_tab.py" line="44"/>
        <source>Komputer ini</source>
        <translation>This computer</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/settings_tab.py" line="54"/>
        <source>Bahasa tampilan</source>
        <translation>Display language</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/settings_tab.py" line="58"/>
        <source>Profil kantor</source>
        <translation>Office profile</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/settings_tab.py" line="63"/>
        <source>Ubah Profil Kantor</source>
        <translation>Edit office profile</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/settings_tab.py" line="67"/>
        <source>Pengguna dan peran</source>
        <translation>Users and roles</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/settings_tab.py" line="73"/>
        <source>Tambah Pengguna</source>
        <translation>Add user</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/settings_tab.py" line="75"/>
        <source>Aktifkan/Nonaktifkan</source>
        <translation>Activate/deactivate</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/settings_tab.py" line="77"/>
        <source>Tunjuk Plt. Kepala Dinas</source>
        <translation>Appoint acting head</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/settings_tab.py" line="99"/>
        <source>Telp. {phone} · Faks. {fax} · E-mail {email} · Laman {web}</source>
        <translation>Tel. {phone} · Fax {fax} · Email {email} · Website {web}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/settings_tab.py" line="102"/>
        <source>Kepala Dinas: {name}, NIP. {nip}</source>
        <translation>Head of office: {name}, NIP {nip}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/settings_tab.py" line="106"/>
        <source>administrator</source>
        <translation>administrator</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/settings_tab.py" line="107"/>
        <source>nonaktif</source>
        <translation>inactive</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/settings_tab.py" line="111"/>
        <source>Plt.: {name}, {start} s.d. {end}</source>
        <translation>Acting head: {name}, {start} to {end}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/settings_tab.py" line="126"/>
        <source>Pengaturan</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/settings_tab.py" line="135"/>
        <source>Profil kantor disimpan.</source>
        <translation>Office profile saved.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/settings_tab.py" line="141"/>
        <source>Pengguna ditambahkan.</source>
        <translation>User added.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/settings_tab.py" line="149"/>
        <source>Status pengguna diubah.</source>
        <translation>User status changed.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/settings_tab.py" line="155"/>
        <source>Plt. Kepala Dinas ditunjuk.</source>
        <translation>Acting head appointed.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/settings_tab.py" line="159"/>
        <source>Bahasa baru berlaku saat PADI dibuka kembali.</source>
        <translation>The new language takes effect when PADI is next opened.</translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <location filename="../../desktop_app/gui/dialogs/setup.py" line="24"/>
        <source>Penyiapan Awal PADI</source>
        <translation>PADI first-time setup</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/setup.py" line="28"/>
        <source>Pemerintah</source>
        <translation>Government</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/setup.py" line="29"/>
        <source>Nama kantor</source>
        <translation>Office name</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/setup.py" line="31"/>
        <source>Singkatan</source>
        <translation>Short name</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/setup.py" line="32"/>
        <source>Alamat</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/setup.py" line="32"/>
        <source>Telepon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/setup.py" line="33"/>
        <source>Faks</source>
        <translation>Fax</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/setup.py" line="33"/>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/setup.py" line="34"/>
        <source>Laman</source>
        <translation>Website</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/setup.py" line="35"/>
        <source>Nama Kepala Dinas</source>
        <translation>Name of head of office</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/setup.py" line="36"/>
        <source>NIP Kepala Dinas</source>
        <translation>NIP of head of office</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/setup.py" line="37"/>
        <source>Nama pengguna administrator</source>
        <translation>Administrator user name</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/setup.py" line="38"/>
        <source>Nama lengkap administrator</source>
        <translation>Administrator full name</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/setup.py" line="39"/>
        <source>Kata sandi (min. 8 karakter)</source>
        <translation>Password (min. 8 characters)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/setup.py" line="50"/>
        <source>Peran administrator</source>
        <translation>Administrator role</translation>
    </message>
</context>
<context>
    <name>StageTab</name>
    <message>
        <location filename="../../desktop_app/gui/stages/base.py" line="80"/>
        <source>&lt;b&gt;Langkah {n} — {name}.&lt;/b&gt; {desc}. Waktu baku: {std}.</source>
        <translation>&lt;b&gt;Step {n} — {name}.&lt;/b&gt; {desc}. Standard time: {std}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/base.py" line="149"/>
        <location filename="../../desktop_app/gui/stages/base.py" line="163"/>
        <source>Tidak dapat dilanjutkan</source>
        <translation>Cannot continue</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/base.py" line="161"/>
        <source>Dibatalkan; tidak ada yang diubah.</source>
        <translation>Cancelled; nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/base.py" line="165"/>
        <source>Terjadi kesalahan</source>
        <translation>Something went wrong</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/base.py" line="166"/>
        <source>Pekerjaan gagal karena kesalahan tak terduga.</source>
        <translation>The work failed because of an unexpected error.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/base.py" line="203"/>
        <source>{title}
{state} · {who} · {spent} / {std}</source>
        <translation>{title}
{state} · {who} · {spent} / {std}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/base.py" line="211"/>
        <source>Terlambat: melewati waktu baku.</source>
        <translation>Late: over the standard time.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/base.py" line="214"/>
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
        <location filename="../../desktop_app/gui/messages.py" line="88"/>
        <source>Draf</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/messages.py" line="88"/>
        <source>Diperiksa</source>
        <translation>Checking</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/messages.py" line="89"/>
        <source>Tervalidasi</source>
        <translation>Validated</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/messages.py" line="89"/>
        <source>Diolah</source>
        <translation>Processed</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/messages.py" line="90"/>
        <source>Disajikan</source>
        <translation>Presented</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/messages.py" line="90"/>
        <source>Diajukan</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/messages.py" line="91"/>
        <source>Dikembalikan</source>
        <translation>Returned</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/messages.py" line="91"/>
        <source>Disetujui</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/messages.py" line="92"/>
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
        <location filename="../../desktop_app/gui/stages/submit.py" line="62"/>
        <source>Ajukan ke Kepala</source>
        <translation>Submit to head of office</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/submit.py" line="44"/>
        <source>Draf publikasi dibuat.</source>
        <translation>Draft publication created.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/submit.py" line="58"/>
        <source>Perbaikan disimpan sebagai versi baru.</source>
        <translation>Revision saved as a new version.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/submit.py" line="63"/>
        <source>Catatan pengajuan untuk Kepala Dinas:</source>
        <translation>Submission note for the head of office:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/submit.py" line="66"/>
        <source>Publikasi diajukan ke Kepala Dinas.</source>
        <translation>Publication submitted to the head of office.</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <location filename="../../desktop_app/gui/dialogs/admin.py" line="106"/>
        <source>Pengguna Baru</source>
        <translation>New user</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/admin.py" line="115"/>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/admin.py" line="119"/>
        <source>Nama pengguna</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/admin.py" line="120"/>
        <source>Nama lengkap</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/admin.py" line="121"/>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/admin.py" line="122"/>
        <source>Pangkat/golongan</source>
        <translation>Rank</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/admin.py" line="123"/>
        <source>Peran</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/admin.py" line="125"/>
        <source>Kata sandi awal (min. 8 karakter)</source>
        <translation>First password (at least 8 characters)</translation>
    </message>
</context>
<context>
    <name>ValidateTab</name>
    <message>
        <location filename="../../desktop_app/gui/stages/validate.py" line="29"/>
        <source>Validasi</source>
        <translation>Validation</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/validate.py" line="32"/>
        <source>Koordinasi atau konfirmasi akurasi dan validasi data</source>
        <translation>Coordinating or confirming the accuracy and validity of data</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/validate.py" line="36"/>
        <source>Jalankan Pemeriksaan</source>
        <translation>Run checks</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/validate.py" line="37"/>
        <source>Catat Konfirmasi Data</source>
        <translation>Record source confirmation</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/validate.py" line="38"/>
        <location filename="../../desktop_app/gui/stages/validate.py" line="99"/>
        <source>Kembalikan ke Persiapan</source>
        <translation>Return to Preparation</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/validate.py" line="39"/>
        <source>Tandai Tervalidasi</source>
        <translation>Mark as validated</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/validate.py" line="52"/>
        <source>Tidak ada Kumpulan Data yang menunggu validasi.</source>
        <translation>No datasets waiting for validation.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/validate.py" line="57"/>
        <source>Belum diperiksa.</source>
        <translation>Not checked yet.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/validate.py" line="59"/>
        <source>Pemeriksaan otomatis lulus ({when}).</source>
        <translation>Automatic checks passed ({when}).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/validate.py" line="63"/>
        <source>Pemeriksaan menemukan kesalahan; perbaiki di tab Persiapan.</source>
        <translation>The checks found errors; correct them in the Preparation tab.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/validate.py" line="66"/>
        <source>Konfirmasi Data:</source>
        <translation>Source confirmations:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/validate.py" line="71"/>
        <source>Belum ada Konfirmasi Data dengan sumber.</source>
        <translation>No source confirmation recorded yet.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/validate.py" line="74"/>
        <source>Baris {row}</source>
        <translation>Row {row}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/validate.py" line="75"/>
        <source>Kumpulan Data</source>
        <translation>Dataset</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/validate.py" line="82"/>
        <source>Pemeriksaan otomatis selesai dan dicatat.</source>
        <translation>Automatic checks done and recorded.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/validate.py" line="90"/>
        <source>Konfirmasi Data dicatat.</source>
        <translation>Source confirmation recorded.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/validate.py" line="95"/>
        <source>Kumpulan Data tervalidasi; lanjut ke tab 3 Pengolahan.</source>
        <translation>Dataset validated; continue in tab 3 Processing.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/validate.py" line="100"/>
        <source>Alasan pengembalian:</source>
        <translation>Reason for returning:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/stages/validate.py" line="103"/>
        <source>Dikembalikan ke Persiapan.</source>
        <translation>Returned to Preparation.</translation>
    </message>
</context>
</TS>

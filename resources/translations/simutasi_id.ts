<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
<context>
    <name>AnalysisReports</name>
    <message>
        <source>Competency data completeness</source>
        <translation>Kelengkapan data kompetensi</translation>
    </message>
    <message>
        <source>Per OPD: employees whose competency data is complete (every competency the jabatan requires is assessed), and the other data problems.</source>
        <translation>Per OPD: pegawai yang data kompetensinya lengkap (setiap kompetensi yang dipersyaratkan jabatan telah dinilai), serta masalah data lainnya.</translation>
    </message>
    <message>
        <source>Completeness</source>
        <translation>Kelengkapan</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Pegawai</translation>
    </message>
    <message>
        <source>Competency complete</source>
        <translation>Kompetensi lengkap</translation>
    </message>
    <message>
        <source>Complete (%)</source>
        <translation>Lengkap (%)</translation>
    </message>
    <message>
        <source>Box %1</source>
        <translation>Kotak %1</translation>
    </message>
    <message>
        <source>Not placed</source>
        <translation>Tidak ditempatkan</translation>
    </message>
    <message>
        <source>Succession pool (boxes 7-9)</source>
        <translation>Kelompok suksesi (kotak 7-9)</translation>
    </message>
    <message>
        <source>9-box distribution</source>
        <translation>Sebaran 9 kotak</translation>
    </message>
    <message>
        <source>Employees per box of the talent grid (SKP of the last two years against the latest potential assessment), for the scope and per OPD.</source>
        <translation>Pegawai per kotak matriks talenta (SKP dua tahun terakhir terhadap asesmen potensial terakhir), untuk cakupan dan per OPD.</translation>
    </message>
    <message>
        <source>Distribution</source>
        <translation>Sebaran</translation>
    </message>
    <message>
        <source>Box</source>
        <translation>Kotak</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Keterangan</translation>
    </message>
    <message>
        <source>Share of placed</source>
        <translation>Persentase dari yang ditempatkan</translation>
    </message>
    <message>
        <source>Per OPD</source>
        <translation>Per OPD</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <source>Not placed: no SKP in the last two years</source>
        <translation>Tidak ditempatkan: tidak ada SKP dalam dua tahun terakhir</translation>
    </message>
    <message>
        <source>Not placed: potential never assessed</source>
        <translation>Tidak ditempatkan: potensial belum pernah dinilai</translation>
    </message>
    <message>
        <source>Employees in scope</source>
        <translation>Pegawai dalam cakupan</translation>
    </message>
</context>
<context>
    <name>AuditCommand</name>
    <message>
        <source>Usage: simutasi-cli audit verify --db DB
       simutasi-cli audit list --db DB [--user U] [--entity E] [--from D] [--to D] [--limit N]

verify: checks that no audit entry was changed, deleted or reordered outside Simutasi (each entry holds a SHA-256 over its content and the previous entry&apos;s hash) and names the first broken entry.
list: the entries, newest first; --from and --to are dates YYYY-MM-DD (inclusive), --limit N lists at most N (default %1).

Exit codes: 0 done (verify: the trail is intact); 1 the trail is broken; 2 wrong usage or a database that cannot be opened.</source>
        <translation>Penggunaan: simutasi-cli audit verify --db DB
       simutasi-cli audit list --db DB [--user U] [--entity E] [--from D] [--to D] [--limit N]

verify: memeriksa bahwa tidak ada entri audit yang diubah, dihapus, atau diubah urutannya di luar Simutasi (setiap entri menyimpan SHA-256 atas isinya dan hash entri sebelumnya) serta menyebutkan entri rusak yang pertama.
list: daftar entri, yang terbaru lebih dahulu; --from dan --to adalah tanggal YYYY-MM-DD (inklusif), --limit N menampilkan paling banyak N entri (bawaan %1).

Kode keluar: 0 selesai (verify: jejak audit utuh); 1 jejak audit rusak; 2 penggunaan salah atau basis data tidak dapat dibuka.</translation>
    </message>
    <message>
        <source>Name the action: audit verify or audit list.</source>
        <translation>Sebutkan tindakannya: audit verify atau audit list.</translation>
    </message>
    <message>
        <source>The audit trail is intact: %1 entries checked.</source>
        <translation>Jejak audit utuh: %1 entri diperiksa.</translation>
    </message>
    <message>
        <source>The audit trail is BROKEN at entry %1: %2. Entries before it are intact.</source>
        <translation>Jejak audit RUSAK pada entri %1: %2. Entri sebelumnya utuh.</translation>
    </message>
    <message>
        <source>%1 entries.</source>
        <translation>%1 entri.</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>entry %1 is missing</source>
        <translation>entri %1 hilang</translation>
    </message>
    <message>
        <source>it does not follow the entry before it</source>
        <translation>entri ini tidak menyambung dengan entri sebelumnya</translation>
    </message>
    <message>
        <source>its content was changed</source>
        <translation>isinya telah diubah</translation>
    </message>
</context>
<context>
    <name>CandidateRanking</name>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>eligible</source>
        <translation>memenuhi syarat</translation>
    </message>
    <message>
        <source>eligible with warnings</source>
        <translation>memenuhi syarat dengan peringatan</translation>
    </message>
    <message>
        <source>blocked</source>
        <translation>terhalang</translation>
    </message>
</context>
<context>
    <name>CliApplication</name>
    <message>
        <source>Create an empty database, or report the schema of an existing one.</source>
        <translation>Membuat basis data kosong, atau melaporkan skema basis data yang sudah ada.</translation>
    </message>
    <message>
        <source>Creates FILE with the latest schema when it does not exist. An existing Simutasi database is not changed (an older one is upgraded after a backup copy is written next to it); its schema version is reported.</source>
        <translation>Membuat FILE dengan skema terbaru bila berkas itu belum ada. Basis data Simutasi yang sudah ada tidak diubah (basis data versi lama ditingkatkan setelah salinan cadangannya ditulis di sebelahnya); versi skemanya dilaporkan.</translation>
    </message>
    <message>
        <source>Fill an empty database with a generated demo province.</source>
        <translation>Mengisi basis data kosong dengan provinsi demo yang dibangkitkan otomatis.</translation>
    </message>
    <message>
        <source>FILE is created when it does not exist; it must not hold an organisation or employees yet. The same seed, number of employees and date always give the same data. Exit code 1 when the database is not empty, 2 when it cannot be opened or written.</source>
        <translation>FILE dibuat bila belum ada; berkas itu belum boleh berisi organisasi atau pegawai. Seed, jumlah pegawai, dan tanggal yang sama selalu menghasilkan data yang sama. Kode keluar 1 bila basis data tidak kosong, 2 bila basis data tidak dapat dibuka atau ditulisi.</translation>
    </message>
    <message>
        <source>Check the consistency of a database and list the findings.</source>
        <translation>Memeriksa konsistensi basis data dan menampilkan daftar temuannya.</translation>
    </message>
    <message>
        <source>Exit code 0 when no finding is an error (warnings alone do not fail), 1 when at least one is, 2 when the database cannot be opened.</source>
        <translation>Kode keluar 0 bila tidak ada temuan yang berupa kesalahan (peringatan saja tidak menyebabkan gagal), 1 bila ada sedikitnya satu kesalahan, 2 bila basis data tidak dapat dibuka.</translation>
    </message>
    <message>
        <source>Import employees, SKP ratings, formasi or units from a CSV or XLSX file.</source>
        <translation>Mengimpor pegawai, nilai SKP, formasi, atau unit kerja dari berkas CSV atau XLSX.</translation>
    </message>
    <message>
        <source>Rank the employees of the province for a vacancy, with reasons.</source>
        <translation>Memeringkat pegawai provinsi untuk satu lowongan, beserta alasannya.</translation>
    </message>
    <message>
        <source>Print formasi against bezetting: shortages and surpluses.</source>
        <translation>Menampilkan formasi terhadap bezetting: kekurangan dan kelebihan.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. Run &quot;%2 --help&quot; for the list of commands.</source>
        <translation>Perintah &quot;%1&quot; tidak dikenal. Jalankan &quot;%2 --help&quot; untuk melihat daftar perintah.</translation>
    </message>
    <message>
        <source>Usage: %1 &lt;command&gt; [options]</source>
        <translation>Penggunaan: %1 &lt;perintah&gt; [opsi]</translation>
    </message>
    <message>
        <source>The command-line tool of Simutasi (Sistem Informasi Mutasi ASN), BKD Provinsi Wanggar.</source>
        <translation>Alat baris perintah Simutasi (Sistem Informasi Mutasi ASN), BKD Provinsi Wanggar.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Perintah:</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Opsi:</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Menampilkan bantuan ini.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Menampilkan versi.</translation>
    </message>
    <message>
        <source>Run &quot;%1 &lt;command&gt; --help&quot; for the options of a command.</source>
        <translation>Jalankan &quot;%1 &lt;perintah&gt; --help&quot; untuk melihat opsi suatu perintah.</translation>
    </message>
    <message>
        <source>Exit codes: 0 success; 1 the check found errors (warnings alone do not fail) or the request was refused; 2 wrong usage, or a database that cannot be opened.</source>
        <translation>Kode keluar: 0 berhasil; 1 pemeriksaan menemukan kesalahan (peringatan saja tidak menyebabkan gagal) atau permintaan ditolak; 2 penggunaan salah, atau basis data tidak dapat dibuka.</translation>
    </message>
    <message>
        <source>The Simutasi database file.</source>
        <translation>Berkas basis data Simutasi.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Usage: %1 %2 [options]</source>
        <translation>Penggunaan: %1 %2 [opsi]</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>Argumen &quot;%1&quot; tidak dikenal.</translation>
    </message>
    <message>
        <source>The option --db FILE is required.</source>
        <translation>Opsi --db FILE wajib diisi.</translation>
    </message>
    <message>
        <source>Run &quot;%1 %2 --help&quot; for its options.</source>
        <translation>Jalankan &quot;%1 %2 --help&quot; untuk melihat opsinya.</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>Rincian: %1</translation>
    </message>
    <message>
        <source>Created the database %1 (schema version %2).</source>
        <translation>Basis data %1 telah dibuat (versi skema %2).</translation>
    </message>
    <message>
        <source>Upgraded the database %1 to schema version %2; the previous file was copied to %3.</source>
        <translation>Basis data %1 telah ditingkatkan ke versi skema %2; berkas sebelumnya disalin ke %3.</translation>
    </message>
    <message>
        <source>%1 is already a Simutasi database (schema version %2); nothing was changed.</source>
        <translation>%1 sudah merupakan basis data Simutasi (versi skema %2); tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>Number of employees to generate, 0 to %1 (default %2).</source>
        <translation>Jumlah pegawai yang dibangkitkan, 0 sampai %1 (bawaan %2).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Seed of the generator (default %1): the same seed gives the same data.</source>
        <translation>Seed generator (bawaan %1): seed yang sama menghasilkan data yang sama.</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>The &quot;today&quot; of the generated data (default: today).</source>
        <translation>Tanggal &quot;hari ini&quot; pada data yang dibangkitkan (bawaan: hari ini).</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Generating employees: %1 of %2</source>
        <translation>Membangkitkan pegawai: %1 dari %2</translation>
    </message>
    <message>
        <source>--employees must be a whole number from 0 to %1.</source>
        <translation>--employees harus bilangan bulat dari 0 sampai %1.</translation>
    </message>
    <message>
        <source>--seed must be a whole number from 0 to %1.</source>
        <translation>--seed harus bilangan bulat dari 0 sampai %1.</translation>
    </message>
    <message>
        <source>--date must be a date YYYY-MM-DD from %1 to %2.</source>
        <translation>--date harus tanggal berformat YYYY-MM-DD dari %1 sampai %2.</translation>
    </message>
    <message>
        <source>Generated a demo province in %1 in %2 s.</source>
        <translation>Provinsi demo telah dibangkitkan di %1 dalam %2 detik.</translation>
    </message>
    <message>
        <source>Regions: %1, OPDs: %2, units: %3, jabatan: %4, formasi: %5.</source>
        <translation>Wilayah: %1, OPD: %2, unit kerja: %3, jabatan: %4, formasi: %5.</translation>
    </message>
    <message>
        <source>Employees: %1, of which %2 are deliberately inconsistent for the check to find.</source>
        <translation>Pegawai: %1, %2 di antaranya sengaja dibuat tidak konsisten agar ditemukan oleh pemeriksaan.</translation>
    </message>
    <message>
        <source>Seed: %1, reference date: %2.</source>
        <translation>Seed: %1, tanggal acuan: %2.</translation>
    </message>
    <message>
        <source>List at most N findings (default %1; 0 lists them all).</source>
        <translation>Menampilkan paling banyak N temuan (bawaan %1; 0 menampilkan semuanya).</translation>
    </message>
    <message>
        <source>--limit must be a whole number, 0 or more.</source>
        <translation>--limit harus bilangan bulat, 0 atau lebih.</translation>
    </message>
    <message>
        <source>... and %1 more; use --limit 0 to list them all.</source>
        <translation>... dan %1 lagi; gunakan --limit 0 untuk menampilkan semuanya.</translation>
    </message>
    <message>
        <source>No findings: the database is consistent.</source>
        <translation>Tidak ada temuan: basis data konsisten.</translation>
    </message>
    <message>
        <source>Summary:</source>
        <translation>Ringkasan:</translation>
    </message>
    <message>
        <source>Errors: %1, warnings: %2.</source>
        <translation>Kesalahan: %1, peringatan: %2.</translation>
    </message>
    <message>
        <source>List the transfer proposals with their state, lines and dates.</source>
        <translation>Menampilkan daftar usulan mutasi beserta status, baris, dan tanggalnya.</translation>
    </message>
    <message>
        <source>Add or list the users who log in, with roles.</source>
        <translation>Menambahkan atau menampilkan daftar pengguna yang dapat masuk, beserta perannya.</translation>
    </message>
    <message>
        <source>Verify the audit trail&apos;s hash chain, or list its entries.</source>
        <translation>Memverifikasi rantai hash jejak audit, atau menampilkan daftar entrinya.</translation>
    </message>
    <message>
        <source>List the reports, or write one as an .xlsx or .csv spreadsheet.</source>
        <translation>Menampilkan daftar laporan, atau menulis salah satunya sebagai lembar kerja .xlsx atau .csv.</translation>
    </message>
    <message>
        <source>Issue the decree of an approved proposal, or print an issued one as PDF with its petikan and letters.</source>
        <translation>Menerbitkan SK dari usulan yang telah disetujui, atau mencetak SK yang telah diterbitkan sebagai PDF beserta petikan dan suratnya.</translation>
    </message>
    <message>
        <source>Create a transfer proposal, show one, or move it on (submit, verify, approve, execute, ...) as a logged-in user.</source>
        <translation>Membuat usulan mutasi, menampilkan satu usulan, atau memprosesnya lebih lanjut (submit, verify, approve, execute, ...) sebagai pengguna yang telah masuk.</translation>
    </message>
</context>
<context>
    <name>CliLogin</name>
    <message>
        <source>Password of %1: </source>
        <translation>Kata sandi %1: </translation>
    </message>
    <message>
        <source>simutasi-cli %1 needs --user: this database has user accounts, and changes are made by a logged-in user with the right role.</source>
        <translation>simutasi-cli %1 memerlukan --user: basis data ini memiliki akun pengguna, dan perubahan dilakukan oleh pengguna yang telah masuk dengan peran yang sesuai.</translation>
    </message>
</context>
<context>
    <name>ColumnMapping</name>
    <message>
        <source>The mapping names the field &quot;%1&quot;, which this kind of import does not have.</source>
        <translation>Pemetaan menyebut isian &quot;%1&quot;, yang tidak dimiliki oleh jenis impor ini.</translation>
    </message>
    <message>
        <source>The mapping puts &quot;%1&quot; in column %2, but the file has %3 columns.</source>
        <translation>Pemetaan menempatkan &quot;%1&quot; di kolom %2, tetapi berkas hanya memiliki %3 kolom.</translation>
    </message>
    <message>
        <source>The mapping puts &quot;%1&quot; in the column &quot;%2&quot;, but the file has no such column.</source>
        <translation>Pemetaan menempatkan &quot;%1&quot; di kolom &quot;%2&quot;, tetapi berkas tidak memiliki kolom tersebut.</translation>
    </message>
</context>
<context>
    <name>CommandArguments</name>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>Argumen &quot;%1&quot; tidak dikenal.</translation>
    </message>
    <message>
        <source>The option --db FILE is required.</source>
        <translation>Opsi --db FILE wajib diisi.</translation>
    </message>
    <message>
        <source>--%1 must be a whole number, %2 or more.</source>
        <translation>--%1 harus bilangan bulat, %2 atau lebih.</translation>
    </message>
    <message>
        <source>--%1 must be a date YYYY-MM-DD.</source>
        <translation>--%1 harus tanggal berformat YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>Rincian: %1</translation>
    </message>
    <message>
        <source>Run &quot;simutasi-cli %1 --help&quot; for its options.</source>
        <translation>Jalankan &quot;simutasi-cli %1 --help&quot; untuk melihat opsinya.</translation>
    </message>
</context>
<context>
    <name>CompetencyEditor</name>
    <message>
        <source>A competency needs a short code, e.g. &quot;PED&quot;.</source>
        <translation>Kompetensi memerlukan kode singkat, misalnya &quot;PED&quot;.</translation>
    </message>
    <message>
        <source>A competency needs a name.</source>
        <translation>Kompetensi memerlukan nama.</translation>
    </message>
    <message>
        <source>A competency has at most %1 levels.</source>
        <translation>Kompetensi memiliki paling banyak %1 tingkat.</translation>
    </message>
    <message>
        <source>The dictionary already has a competency with the code &quot;%1&quot; (%2).</source>
        <translation>Kamus sudah memiliki kompetensi dengan kode &quot;%1&quot; (%2).</translation>
    </message>
    <message>
        <source>The dictionary already has a competency named &quot;%1&quot;.</source>
        <translation>Kamus sudah memiliki kompetensi bernama &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The competency no longer exists.</source>
        <translation>Kompetensi tersebut sudah tidak ada.</translation>
    </message>
    <message>
        <source>1 employee was assessed on it</source>
        <translation>1 pegawai telah dinilai pada kompetensi ini</translation>
    </message>
    <message>
        <source>%1 employees were assessed on it</source>
        <translation>%1 pegawai telah dinilai pada kompetensi ini</translation>
    </message>
    <message>
        <source>1 jabatan requires it</source>
        <translation>1 jabatan mempersyaratkannya</translation>
    </message>
    <message>
        <source>%1 jabatan require it</source>
        <translation>%1 jabatan mempersyaratkannya</translation>
    </message>
    <message>
        <source>%1 cannot be removed because %2. Retire it instead: it then stays where it is used but is no longer offered.</source>
        <translation>%1 tidak dapat dihapus karena %2. Sebagai gantinya, nonaktifkan kompetensi ini: kompetensi tetap ada di tempat yang menggunakannya, tetapi tidak lagi ditawarkan.</translation>
    </message>
    <message>
        <source>The employee no longer exists.</source>
        <translation>Pegawai tersebut sudah tidak ada.</translation>
    </message>
    <message>
        <source>A competency level is between %1 and %2.</source>
        <translation>Tingkat kompetensi berada antara %1 dan %2.</translation>
    </message>
    <message>
        <source>Give the date of the assessment.</source>
        <translation>Isi tanggal asesmen.</translation>
    </message>
    <message>
        <source>The assessment date lies in the future.</source>
        <translation>Tanggal asesmen berada di masa mendatang.</translation>
    </message>
    <message>
        <source>Give the source of the assessment, e.g. the assessment centre.</source>
        <translation>Isi sumber asesmen, misalnya pusat asesmen.</translation>
    </message>
    <message>
        <source>%1 is retired: it is no longer assessed.</source>
        <translation>%1 sudah dinonaktifkan: kompetensi ini tidak lagi dinilai.</translation>
    </message>
    <message>
        <source>The golongan range is not valid: the lowest golongan must not be above the highest.</source>
        <translation>Rentang golongan tidak valid: golongan terendah tidak boleh lebih tinggi daripada golongan tertinggi.</translation>
    </message>
    <message>
        <source>A required competency no longer exists.</source>
        <translation>Salah satu kompetensi yang dipersyaratkan sudah tidak ada.</translation>
    </message>
    <message>
        <source>%1 is required twice.</source>
        <translation>%1 dipersyaratkan dua kali.</translation>
    </message>
    <message>
        <source>The minimum level of %1 must be between %2 and %3.</source>
        <translation>Tingkat minimal %1 harus antara %2 dan %3.</translation>
    </message>
    <message>
        <source>The weight of %1 must be more than 0.</source>
        <translation>Bobot %1 harus lebih dari 0.</translation>
    </message>
    <message>
        <source>%1 is retired: it can no longer be added to a requirement profile.</source>
        <translation>%1 sudah dinonaktifkan: kompetensi ini tidak dapat lagi ditambahkan ke profil persyaratan.</translation>
    </message>
    <message>
        <source>The jabatan no longer exists.</source>
        <translation>Jabatan tersebut sudah tidak ada.</translation>
    </message>
</context>
<context>
    <name>ConsistencyChecker</name>
    <message>
        <source>no date</source>
        <translation>tidak ada tanggal</translation>
    </message>
    <message>
        <source>male</source>
        <translation>laki-laki</translation>
    </message>
    <message>
        <source>female</source>
        <translation>perempuan</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>tidak diketahui</translation>
    </message>
    <message>
        <source>The SQLite integrity check reports: %1</source>
        <translation>Pemeriksaan integritas SQLite melaporkan: %1</translation>
    </message>
    <message>
        <source>The NIP %1 is invalid: %2</source>
        <translation>NIP %1 tidak valid: %2</translation>
    </message>
    <message>
        <source>The NIP gives the birth date %1, but the record says %2.</source>
        <translation>NIP menunjukkan tanggal lahir %1, sedangkan data pegawai mencatat: %2.</translation>
    </message>
    <message>
        <source>Digit 15 of the NIP says %1, but the record says %2.</source>
        <translation>Digit ke-15 NIP menunjukkan %1, sedangkan data pegawai mencatat: %2.</translation>
    </message>
    <message>
        <source>The jabatan of this employee (id %1) does not exist.</source>
        <translation>Jabatan pegawai ini (id %1) tidak ada dalam basis data.</translation>
    </message>
    <message>
        <source>This employee has no jabatan.</source>
        <translation>Pegawai ini tidak memiliki jabatan.</translation>
    </message>
    <message>
        <source>The unit of this employee (id %1) does not exist.</source>
        <translation>Unit kerja pegawai ini (id %1) tidak ada dalam basis data.</translation>
    </message>
    <message>
        <source>This employee has no unit.</source>
        <translation>Pegawai ini tidak memiliki unit kerja.</translation>
    </message>
    <message>
        <source>Golongan %1 is outside the range %2 - %3 of the jabatan %4.</source>
        <translation>Golongan %1 berada di luar rentang %2 - %3 untuk jabatan %4.</translation>
    </message>
    <message>
        <source>The unit %1 has no formasi for the jabatan %2.</source>
        <translation>Unit kerja %1 tidak memiliki formasi untuk jabatan %2.</translation>
    </message>
    <message>
        <source>Invalid NIP</source>
        <translation>NIP tidak valid</translation>
    </message>
    <message>
        <source>NIP birth date differs from the record</source>
        <translation>Tanggal lahir pada NIP berbeda dengan data pegawai</translation>
    </message>
    <message>
        <source>NIP gender differs from the record</source>
        <translation>Jenis kelamin pada NIP berbeda dengan data pegawai</translation>
    </message>
    <message>
        <source>Golongan outside the jabatan&apos;s range</source>
        <translation>Golongan di luar rentang jabatan</translation>
    </message>
    <message>
        <source>Post without formasi</source>
        <translation>Posisi tanpa formasi</translation>
    </message>
    <message>
        <source>Missing jabatan</source>
        <translation>Jabatan tidak ada</translation>
    </message>
    <message>
        <source>Missing unit</source>
        <translation>Unit kerja tidak ada</translation>
    </message>
    <message>
        <source>Database file damaged</source>
        <translation>Berkas basis data rusak</translation>
    </message>
    <message>
        <source>error</source>
        <translation>kesalahan</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>peringatan</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>Line %1: a value starts with a quote (&quot;) but its closing quote is missing.</source>
        <translation>Baris %1: sebuah nilai diawali tanda kutip (&quot;) tetapi tanda kutip penutupnya tidak ada.</translation>
    </message>
</context>
<context>
    <name>DataQuality</name>
    <message>
        <source>Competency data incomplete</source>
        <translation>Data kompetensi belum lengkap</translation>
    </message>
    <message>
        <source>SKP of last year missing</source>
        <translation>SKP tahun lalu tidak ada</translation>
    </message>
    <message>
        <source>NIP disagrees with birth date or gender</source>
        <translation>NIP tidak sesuai dengan tanggal lahir atau jenis kelamin</translation>
    </message>
    <message>
        <source>Education field missing</source>
        <translation>Jurusan pendidikan tidak diisi</translation>
    </message>
</context>
<context>
    <name>DatabaseError</name>
    <message>
        <source>The database %1 does not exist.</source>
        <translation>Basis data %1 tidak ditemukan.</translation>
    </message>
    <message>
        <source>%1 is not a Simutasi database (it is not an SQLite file). Nothing was changed.</source>
        <translation>%1 bukan basis data Simutasi (bukan berkas SQLite). Tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>%1 is an SQLite file of another program, not a Simutasi database. Nothing was changed.</source>
        <translation>%1 adalah berkas SQLite milik program lain, bukan basis data Simutasi. Tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>The database %1 is damaged (the integrity check failed). Nothing was changed; restore it from a backup copy.</source>
        <translation>Basis data %1 rusak (pemeriksaan integritas gagal). Tidak ada yang diubah; pulihkan basis data dari salinan cadangan.</translation>
    </message>
    <message>
        <source>The database %1 was made by a newer version of Simutasi. Install the newer version to open it; nothing was changed.</source>
        <translation>Basis data %1 dibuat oleh Simutasi versi yang lebih baru. Pasang versi yang lebih baru itu untuk membukanya; tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>The database %1 is read-only: this program may not write to the file or to its folder. Nothing was changed.</source>
        <translation>Basis data %1 hanya dapat dibaca: program ini tidak diizinkan menulis ke berkas tersebut atau ke foldernya. Tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>The database %1 is locked by another program. Close the other program or try again later; nothing was changed.</source>
        <translation>Basis data %1 sedang dikunci oleh program lain. Tutup program tersebut atau coba lagi nanti; tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>The disk holding %1 is full. The change was not saved; free some space and try again.</source>
        <translation>Disk tempat %1 berada sudah penuh. Perubahan tidak disimpan; kosongkan sebagian ruang lalu coba lagi.</translation>
    </message>
    <message>
        <source>The change to %1 was refused because it conflicts with stored data (a duplicate or a missing reference). Nothing was changed.</source>
        <translation>Perubahan pada %1 ditolak karena bertentangan dengan data yang tersimpan (data ganda atau rujukan yang tidak ada). Tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>The database %1 could not be read or written (input/output error). Nothing was changed.</source>
        <translation>Basis data %1 tidak dapat dibaca atau ditulisi (kesalahan masukan/keluaran). Tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>The operation on %1 was cancelled; nothing was changed.</source>
        <translation>Operasi pada %1 dibatalkan; tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>The database %1 reported an error. Nothing was changed.</source>
        <translation>Basis data %1 melaporkan kesalahan. Tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>You may not make this change to %1; nothing was changed.</source>
        <translation>Anda tidak diizinkan melakukan perubahan ini pada %1; tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>The change to %1 was refused; nothing was changed.</source>
        <translation>Perubahan pada %1 ditolak; tidak ada yang diubah.</translation>
    </message>
</context>
<context>
    <name>DateParser</name>
    <message>
        <source>&quot;%1&quot; is not a date. Write it as dd-mm-yyyy, for example 12-03-1985.</source>
        <translation>&quot;%1&quot; bukan tanggal. Tuliskan dengan format dd-mm-yyyy, misalnya 12-03-1985.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a plausible date: the year %2 is not between %3 and %4.</source>
        <translation>&quot;%1&quot; bukan tanggal yang wajar: tahun %2 tidak berada di antara %3 dan %4.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a real date: there is no month %2.</source>
        <translation>&quot;%1&quot; bukan tanggal yang sah: tidak ada bulan %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a real date: month %2 of %3 has %4 days.</source>
        <translation>&quot;%1&quot; bukan tanggal yang sah: bulan %2 tahun %3 memiliki %4 hari.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is ambiguous: write the day, the month and the year with four digits, for example 12-03-1985.</source>
        <translation>&quot;%1&quot; bermakna ganda: tuliskan hari, bulan, dan tahun empat digit, misalnya 12-03-1985.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date: &quot;%2&quot; is not a month name.</source>
        <translation>&quot;%1&quot; bukan tanggal: &quot;%2&quot; bukan nama bulan.</translation>
    </message>
    <message>
        <source>Excel serial date 60 stands for 29 February 1900, a day that did not exist (an old Excel error).</source>
        <translation>Tanggal serial Excel 60 berarti 29 Februari 1900, tanggal yang tidak pernah ada (kesalahan lama Excel).</translation>
    </message>
    <message>
        <source>%1 is not an Excel serial date.</source>
        <translation>%1 bukan tanggal serial Excel.</translation>
    </message>
    <message>
        <source>The date is empty.</source>
        <translation>Tanggal tidak diisi.</translation>
    </message>
</context>
<context>
    <name>DecreeCommand</name>
    <message>
        <source>The option --proposal ID is required.</source>
        <translation>Opsi --proposal ID wajib diisi.</translation>
    </message>
    <message>
        <source>There is no proposal with id %1.</source>
        <translation>Tidak ada usulan dengan id %1.</translation>
    </message>
    <message>
        <source>Proposal %1 is approved: issuing its decree needs --user.</source>
        <translation>Usulan %1 telah disetujui: penerbitan SK-nya memerlukan --user.</translation>
    </message>
    <message>
        <source>Decree %1 issued for proposal %2.</source>
        <translation>SK %1 diterbitkan untuk usulan %2.</translation>
    </message>
    <message>
        <source>Proposal %1 has no decree (state: %2).</source>
        <translation>Usulan %1 tidak memiliki SK (status: %2).</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Tidak dapat menulis %1.</translation>
    </message>
    <message>
        <source>Decree %1 written to %2.</source>
        <translation>SK %1 ditulis ke %2.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Tidak dapat membuat folder %1.</translation>
    </message>
    <message>
        <source>%1 files written to %2.</source>
        <translation>%1 berkas ditulis ke %2.</translation>
    </message>
    <message>
        <source>The SMTP server is not configured (smtp/host, smtp/from_address).</source>
        <translation>Server SMTP belum dikonfigurasi (smtp/host, smtp/from_address).</translation>
    </message>
    <message>
        <source>E-mails: %1 queued, %2 sent, %3 failed.</source>
        <translation>E-mail: %1 dalam antrean, %2 terkirim, %3 gagal.</translation>
    </message>
    <message>
        <source>Usage: simutasi-cli decree --db DB --proposal ID [--pdf OUT.pdf] [--petikan DIR] [--letters DIR] [--user U] [--date YYYY-MM-DD] [--notify]

Renders the transfer decree (SK with its Lampiran) of the proposal ID. For an approved proposal the decree is issued first: its number is drawn and the proposal moves to &quot;decree issued&quot;; this needs --user with the role Pejabat Penandatangan (password from SIMUTASI_PASSWORD, else asked). An issued decree is rendered from its stored content, exactly as issued.
  --pdf OUT.pdf   write the SK and its Lampiran
  --petikan DIR   write one petikan per employee into DIR
  --letters DIR   write one notification letter (surat pemberitahuan) per employee
  --date D        the date of a decree issued now (default: today)
  --notify        e-mail the letter and the petikan to the employees with an address (SMTP settings of the database); needs --user with the role Operator BKD or Administrator once the database has user accounts

Exit codes: 0 done; 1 refused (log-in, role, state) or a file that cannot be written; 2 wrong usage or a database that cannot be opened.</source>
        <translation>Penggunaan: simutasi-cli decree --db DB --proposal ID [--pdf OUT.pdf] [--petikan DIR] [--letters DIR] [--user U] [--date YYYY-MM-DD] [--notify]

Membuat SK mutasi (SK beserta Lampiran-nya) dari usulan ID. Untuk usulan yang telah disetujui, SK diterbitkan terlebih dahulu: nomornya diambil dan usulan berpindah ke status &quot;SK diterbitkan&quot;; hal ini memerlukan --user dengan peran Pejabat Penandatangan (kata sandi dari SIMUTASI_PASSWORD, jika tidak ada akan ditanyakan). SK yang telah diterbitkan dibuat dari isinya yang tersimpan, persis seperti saat diterbitkan.
  --pdf OUT.pdf   tulis SK beserta Lampiran-nya
  --petikan DIR   tulis satu petikan per pegawai ke dalam DIR
  --letters DIR   tulis satu surat pemberitahuan per pegawai
  --date D        tanggal SK yang diterbitkan sekarang (bawaan: hari ini)
  --notify        kirim surat dan petikan melalui e-mail kepada pegawai yang memiliki alamat e-mail (pengaturan SMTP basis data); memerlukan --user dengan peran Operator BKD atau Administrator bila basis data sudah memiliki akun pengguna

Kode keluar: 0 selesai; 1 ditolak (masuk, peran, status) atau berkas tidak dapat ditulis; 2 penggunaan salah atau basis data tidak dapat dibuka.</translation>
    </message>
</context>
<context>
    <name>DecreeNotifications</name>
    <message>
        <source>There is no notification with id %1.</source>
        <translation>Tidak ada pemberitahuan dengan id %1.</translation>
    </message>
    <message>
        <source>The date the letter was handed over is required.</source>
        <translation>Tanggal penyerahan surat wajib diisi.</translation>
    </message>
    <message>
        <source>The employee has not been informed yet.</source>
        <translation>Pegawai belum diberi tahu.</translation>
    </message>
    <message>
        <source>The employee objected: resolve the objection instead.</source>
        <translation>Pegawai mengajukan keberatan: selesaikan keberatan tersebut.</translation>
    </message>
    <message>
        <source>An objection needs its date and the employee&apos;s reason.</source>
        <translation>Keberatan memerlukan tanggal dan alasan dari pegawai.</translation>
    </message>
    <message>
        <source>Only an objection can be resolved.</source>
        <translation>Hanya keberatan yang dapat diselesaikan.</translation>
    </message>
    <message>
        <source>This objection was already resolved.</source>
        <translation>Keberatan ini sudah diselesaikan.</translation>
    </message>
    <message>
        <source>Choose whether the objection is upheld or rejected, and the date.</source>
        <translation>Pilih apakah keberatan dikabulkan atau ditolak, beserta tanggalnya.</translation>
    </message>
    <message>
        <source>Proposal %1 is %2: an upheld objection can no longer stop it; make a new proposal instead.</source>
        <translation>Usulan %1 berstatus %2: keberatan yang dikabulkan tidak dapat lagi menghentikannya; buat usulan baru sebagai gantinya.</translation>
    </message>
    <message>
        <source>%1 has no approved line left on proposal %2.</source>
        <translation>%1 tidak lagi memiliki baris yang disetujui pada usulan %2.</translation>
    </message>
</context>
<context>
    <name>DecreeNumber</name>
    <message>
        <source>The decree number template has an unknown placeholder {%1}.</source>
        <translation>Templat nomor SK memuat penanda {%1} yang tidak dikenal.</translation>
    </message>
    <message>
        <source>The decree number template must contain {nomor}, the running number.</source>
        <translation>Templat nomor SK harus memuat {nomor}, yaitu nomor urut.</translation>
    </message>
</context>
<context>
    <name>DecreeRegistry</name>
    <message>
        <source>There is no proposal with id %1.</source>
        <translation>Tidak ada usulan dengan id %1.</translation>
    </message>
    <message>
        <source>Proposal %1 is %2: only an approved proposal gets a decree.</source>
        <translation>Usulan %1 berstatus %2: hanya usulan yang telah disetujui yang mendapatkan SK.</translation>
    </message>
    <message>
        <source>The decree needs its date.</source>
        <translation>SK memerlukan tanggal.</translation>
    </message>
    <message>
        <source>Proposal %1 has no approved line.</source>
        <translation>Usulan %1 tidak memiliki baris yang disetujui.</translation>
    </message>
    <message>
        <source>Proposal %1 has no decree number to record.</source>
        <translation>Usulan %1 tidak memiliki nomor SK untuk dicatat.</translation>
    </message>
    <message>
        <source>The decree of proposal %1 is already recorded.</source>
        <translation>SK usulan %1 sudah dicatat.</translation>
    </message>
</context>
<context>
    <name>DecreeTemplates</name>
    <message>
        <source>The width of the running number must be between 1 and 9 digits.</source>
        <translation>Lebar nomor urut harus antara 1 dan 9 digit.</translation>
    </message>
    <message>
        <source>The font size must be between %1 and %2 points.</source>
        <translation>Ukuran huruf harus antara %1 dan %2 poin.</translation>
    </message>
    <message>
        <source>Margins must be between 0 and %1 mm.</source>
        <translation>Margin harus antara 0 dan %1 mm.</translation>
    </message>
    <message>
        <source>The place of issue and the signatory&apos;s name must not be empty.</source>
        <translation>Tempat penetapan dan nama penandatangan tidak boleh kosong.</translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <source>The database %1 already holds an organisation or employees. Demo data can only be generated into an empty database; nothing was changed.</source>
        <translation>Basis data %1 sudah berisi organisasi atau pegawai. Data demo hanya dapat dibangkitkan ke dalam basis data kosong; tidak ada yang diubah.</translation>
    </message>
</context>
<context>
    <name>Duration</name>
    <message>
        <source>1 year</source>
        <translation>1 tahun</translation>
    </message>
    <message>
        <source>%1 years</source>
        <translation>%1 tahun</translation>
    </message>
    <message>
        <source>1 month</source>
        <translation>1 bulan</translation>
    </message>
    <message>
        <source>%1 months</source>
        <translation>%1 bulan</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>years and months</comment>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>EligibilityRules</name>
    <message>
        <source>Not checked: the rule is switched off</source>
        <translation>Tidak diperiksa: aturan ini dinonaktifkan</translation>
    </message>
    <message>
        <source>Status CPNS: a CPNS cannot be transferred before appointment as PNS</source>
        <translation>Status CPNS: CPNS tidak dapat dimutasi sebelum diangkat menjadi PNS</translation>
    </message>
    <message>
        <source>Status PPPK: a transfer must follow the employment contract</source>
        <translation>Status PPPK: mutasi harus mengikuti perjanjian kerja</translation>
    </message>
    <message>
        <source>Time in current jabatan %1, less than %2</source>
        <translation>Masa jabatan %1, kurang dari %2</translation>
    </message>
    <message>
        <source>Time in current jabatan %1: rotation is due (%2 or more)</source>
        <translation>Masa jabatan %1: sudah waktunya rotasi (%2 atau lebih)</translation>
    </message>
    <message>
        <source>Start date (TMT) of the current jabatan is not recorded</source>
        <translation>TMT jabatan saat ini belum tercatat</translation>
    </message>
    <message>
        <source>SKP %1: %2, below Baik</source>
        <translation>SKP %1: %2, di bawah Baik</translation>
    </message>
    <message>
        <source>SKP %1 is not recorded</source>
        <translation>SKP %1 belum tercatat</translation>
    </message>
    <message>
        <source>Pensiun on %1 (BUP %2 years), less than %3 away</source>
        <translation>Pensiun pada %1 (BUP %2 tahun), kurang dari %3 lagi</translation>
    </message>
    <message>
        <source>Birth date is not recorded: the pensiun date is unknown</source>
        <translation>Tanggal lahir belum tercatat: tanggal pensiun tidak diketahui</translation>
    </message>
    <message>
        <source>Agency-ordered transfer: the years since the CPNS appointment do not matter</source>
        <translation>Mutasi atas perintah instansi: lama sejak pengangkatan CPNS tidak dipersyaratkan</translation>
    </message>
    <message>
        <source>CPNS appointment %1 ago, less than %2: a self-requested transfer is not allowed</source>
        <translation>Diangkat CPNS %1 yang lalu, kurang dari %2: mutasi atas permintaan sendiri tidak diperbolehkan</translation>
    </message>
    <message>
        <source>Date of the CPNS appointment is unknown (NIP digits 9-14)</source>
        <translation>Tanggal pengangkatan CPNS tidak diketahui (digit 9-14 NIP)</translation>
    </message>
    <message>
        <source>Status PNS</source>
        <translation>Status PNS</translation>
    </message>
    <message>
        <source>Time in current jabatan %1</source>
        <translation>Masa jabatan %1</translation>
    </message>
    <message>
        <source>No disciplinary sanction and no pending process</source>
        <translation>Tidak sedang menjalani hukuman disiplin dan tidak ada proses yang berjalan</translation>
    </message>
    <message>
        <source>SKP %1: at least Baik</source>
        <translation>SKP %1: paling rendah Baik</translation>
    </message>
    <message>
        <source>Not on tugas belajar or ikatan dinas</source>
        <translation>Tidak sedang tugas belajar dan tidak terikat ikatan dinas</translation>
    </message>
    <message>
        <source>Pensiun on %1 (BUP %2 years)</source>
        <translation>Pensiun pada %1 (BUP %2 tahun)</translation>
    </message>
    <message>
        <source>Golongan and education match the jabatan</source>
        <translation>Golongan dan pendidikan sesuai dengan jabatan</translation>
    </message>
    <message>
        <source>CPNS appointment %1 ago</source>
        <translation>Diangkat CPNS %1 yang lalu</translation>
    </message>
    <message>
        <source>Serving a disciplinary sanction</source>
        <translation>Sedang menjalani hukuman disiplin</translation>
    </message>
    <message>
        <source>Disciplinary process pending</source>
        <translation>Sedang dalam proses pemeriksaan disiplin</translation>
    </message>
    <message>
        <source>Court process pending</source>
        <translation>Sedang dalam proses peradilan</translation>
    </message>
    <message>
        <source>On tugas belajar (study leave)</source>
        <translation>Sedang tugas belajar</translation>
    </message>
    <message>
        <source>Bound by ikatan dinas</source>
        <translation>Terikat ikatan dinas</translation>
    </message>
    <message>
        <source>Golongan %1 outside the range %2</source>
        <translation>Golongan %1 di luar rentang %2</translation>
    </message>
    <message>
        <source>Education is not recorded; at least %1 required</source>
        <translation>Pendidikan belum tercatat; dipersyaratkan minimal %1</translation>
    </message>
    <message>
        <source>Education %1; at least %2 required</source>
        <translation>Pendidikan %1; dipersyaratkan minimal %2</translation>
    </message>
    <message>
        <source>Education field is not recorded</source>
        <translation>Jurusan pendidikan belum tercatat</translation>
    </message>
    <message>
        <source>Education field %1 is not accepted for this jabatan</source>
        <translation>Jurusan %1 tidak sesuai untuk jabatan ini</translation>
    </message>
    <message>
        <source>Time in jabatan</source>
        <translation>Masa jabatan</translation>
    </message>
    <message>
        <source>Discipline</source>
        <translation>Disiplin</translation>
    </message>
    <message>
        <source>Performance (SKP)</source>
        <translation>Kinerja (SKP)</translation>
    </message>
    <message>
        <source>Tugas belajar / ikatan dinas</source>
        <translation>Tugas belajar / ikatan dinas</translation>
    </message>
    <message>
        <source>Retirement (BUP)</source>
        <translation>Batas usia pensiun (BUP)</translation>
    </message>
    <message>
        <source>Golongan and education</source>
        <translation>Golongan dan pendidikan</translation>
    </message>
    <message>
        <source>Years since CPNS appointment</source>
        <translation>Masa sejak pengangkatan CPNS</translation>
    </message>
    <message>
        <source>A CPNS cannot be transferred. A PPPK is flagged with a warning: the transfer must follow the employment contract.</source>
        <translation>CPNS tidak dapat dimutasi. PPPK ditandai dengan peringatan: mutasinya harus mengikuti perjanjian kerja.</translation>
    </message>
    <message>
        <source>The employee must have held the current jabatan for at least the threshold (default 24 months), counted from its TMT. From the second threshold (default 60 months) the result notes that rotation is due.</source>
        <translation>Pegawai harus telah menduduki jabatan saat ini paling singkat selama ambang batas (bawaan 24 bulan), dihitung sejak TMT-nya. Mulai ambang batas kedua (bawaan 60 bulan) hasilnya mencatat bahwa sudah waktunya rotasi.</translation>
    </message>
    <message>
        <source>No disciplinary sanction being served on the reference date, and no pending disciplinary or court process.</source>
        <translation>Tidak sedang menjalani hukuman disiplin pada tanggal acuan, dan tidak sedang dalam proses pemeriksaan disiplin atau proses peradilan.</translation>
    </message>
    <message>
        <source>The SKP predicate must be at least Baik in each of the last years before the reference year (default 2). A missing SKP gives a warning.</source>
        <translation>Predikat SKP harus paling rendah Baik pada setiap tahun terakhir sebelum tahun acuan (bawaan 2 tahun). SKP yang belum tercatat menimbulkan peringatan.</translation>
    </message>
    <message>
        <source>An employee on tugas belajar (study leave) or bound by ikatan dinas cannot be transferred.</source>
        <translation>Pegawai yang sedang tugas belajar atau terikat ikatan dinas tidak dapat dimutasi.</translation>
    </message>
    <message>
        <source>The pensiun date (by the BUP of the target jabatan) must be at least the threshold (default 12 months) after the reference date. Exactly 12 months passes.</source>
        <translation>Tanggal pensiun (menurut BUP jabatan tujuan) harus paling cepat sejauh ambang batas (bawaan 12 bulan) setelah tanggal acuan. Tepat 12 bulan dinyatakan lolos.</translation>
    </message>
    <message>
        <source>The golongan must lie in the target jabatan&apos;s range (not checked for PPPK), and the education level and field must meet its requirement.</source>
        <translation>Golongan harus berada dalam rentang jabatan tujuan (tidak diperiksa untuk PPPK), dan jenjang serta jurusan pendidikan harus memenuhi persyaratannya.</translation>
    </message>
    <message>
        <source>Within the threshold (default 120 months) after the CPNS appointment, a transfer the employee asked for is not allowed; one the agency orders is.</source>
        <translation>Dalam ambang batas (bawaan 120 bulan) sejak pengangkatan CPNS, mutasi atas permintaan sendiri tidak diperbolehkan; mutasi atas perintah instansi diperbolehkan.</translation>
    </message>
    <message>
        <source>pass</source>
        <translation>lolos</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>peringatan</translation>
    </message>
    <message>
        <source>blocking</source>
        <translation>menghalangi</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>tidak diperiksa</translation>
    </message>
</context>
<context>
    <name>EmployeeDeparture</name>
    <message>
        <source>Transferred out, TMT %1</source>
        <translation>Pindah keluar, TMT %1</translation>
    </message>
    <message>
        <source>Transferred out to %1, TMT %2</source>
        <translation>Pindah keluar ke %1, TMT %2</translation>
    </message>
    <message>
        <source>Retired, TMT %1</source>
        <translation>Pensiun, TMT %1</translation>
    </message>
    <message>
        <source>Deceased, %1</source>
        <translation>Meninggal dunia, %1</translation>
    </message>
    <message>
        <source>Left the service, TMT %1</source>
        <translation>Berhenti, TMT %1</translation>
    </message>
    <message>
        <source>(SK %1)</source>
        <translation>(SK %1)</translation>
    </message>
</context>
<context>
    <name>EmployeeEditor</name>
    <message>
        <source>The NIP is not valid: %1</source>
        <translation>NIP tidak valid: %1</translation>
    </message>
    <message>
        <source>The name is missing.</source>
        <translation>Nama belum diisi.</translation>
    </message>
    <message>
        <source>The gender is missing.</source>
        <translation>Jenis kelamin belum diisi.</translation>
    </message>
    <message>
        <source>The date of birth is missing.</source>
        <translation>Tanggal lahir belum diisi.</translation>
    </message>
    <message>
        <source>The NIP %1 already belongs to %2.</source>
        <translation>NIP %1 sudah dimiliki oleh %2.</translation>
    </message>
    <message>
        <source>A row of the riwayat jabatan has no TMT.</source>
        <translation>Ada baris riwayat jabatan yang belum memiliki TMT.</translation>
    </message>
    <message>
        <source>A row of the riwayat pangkat needs a golongan and a TMT.</source>
        <translation>Ada baris riwayat pangkat yang golongan atau TMT-nya belum diisi.</translation>
    </message>
    <message>
        <source>The SKP of %1 is entered twice.</source>
        <translation>SKP tahun %1 dimasukkan dua kali.</translation>
    </message>
    <message>
        <source>A diklat row has no name.</source>
        <translation>Ada baris diklat yang belum memiliki nama.</translation>
    </message>
    <message>
        <source>A hukuman disiplin row has no start date.</source>
        <translation>Ada baris hukuman disiplin yang belum memiliki tanggal mulai.</translation>
    </message>
    <message>
        <source>This employee is no longer in the database.</source>
        <translation>Pegawai ini sudah tidak ada dalam basis data.</translation>
    </message>
    <message>
        <source>This employee was changed elsewhere after you opened it. Close the dialog and open the employee again to see the current data.</source>
        <translation>Data pegawai ini telah diubah di tempat lain setelah Anda membukanya. Tutup dialog ini, lalu buka kembali data pegawai tersebut untuk melihat data terkini.</translation>
    </message>
</context>
<context>
    <name>EmployeeImporter</name>
    <message>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Front title</source>
        <translation>Gelar depan</translation>
    </message>
    <message>
        <source>Back title</source>
        <translation>Gelar belakang</translation>
    </message>
    <message>
        <source>Birth place</source>
        <translation>Tempat lahir</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Tanggal lahir</translation>
    </message>
    <message>
        <source>Birth place and date</source>
        <translation>Tempat dan tanggal lahir</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Jenis kelamin</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Golongan/ruang</source>
        <translation>Golongan/ruang</translation>
    </message>
    <message>
        <source>TMT golongan</source>
        <translation>TMT golongan</translation>
    </message>
    <message>
        <source>Jabatan</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <source>Jabatan type</source>
        <translation>Jenis jabatan</translation>
    </message>
    <message>
        <source>Unit kerja</source>
        <translation>Unit kerja</translation>
    </message>
    <message>
        <source>OPD</source>
        <translation>OPD</translation>
    </message>
    <message>
        <source>TMT jabatan</source>
        <translation>TMT jabatan</translation>
    </message>
    <message>
        <source>Education level</source>
        <translation>Jenjang pendidikan</translation>
    </message>
    <message>
        <source>Field of study</source>
        <translation>Jurusan</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <source>The spreadsheet stored this NIP as a number and lost its last digits; format the NIP column as text and enter it again.</source>
        <translation>Lembar kerja menyimpan NIP ini sebagai angka sehingga digit terakhirnya hilang; ubah format kolom NIP menjadi teks, lalu masukkan NIP itu kembali.</translation>
    </message>
    <message>
        <source>The name is empty.</source>
        <translation>Nama tidak diisi.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a gender: write L or P (Laki-laki or Perempuan).</source>
        <translation>&quot;%1&quot; bukan jenis kelamin: tulis L atau P (Laki-laki atau Perempuan).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a status: write PNS, CPNS or PPPK.</source>
        <translation>&quot;%1&quot; bukan status kepegawaian: tulis PNS, CPNS, atau PPPK.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a PPPK grade: write I to XVII.</source>
        <translation>&quot;%1&quot; bukan golongan PPPK: tulis I sampai XVII.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a golongan/ruang: write it as III/a (I/a to IV/e).</source>
        <translation>&quot;%1&quot; bukan golongan/ruang: tulis seperti III/a (I/a sampai IV/e).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an education level: write SD, SMP, SMA, D1 to D4, S1, S2 or S3.</source>
        <translation>&quot;%1&quot; bukan jenjang pendidikan: tulis SD, SMP, SMA, D1 sampai D4, S1, S2, atau S3.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address.</source>
        <translation>&quot;%1&quot; bukan alamat e-mail.</translation>
    </message>
    <message>
        <source>The birth date %1 does not match the NIP, whose digits 1-8 give %2.</source>
        <translation>Tanggal lahir %1 tidak sesuai dengan NIP, yang digit 1-8-nya menunjukkan %2.</translation>
    </message>
    <message>
        <source>The gender %1 does not match the NIP, whose digit 15 gives %2.</source>
        <translation>Jenis kelamin %1 tidak sesuai dengan NIP, yang digit ke-15-nya menunjukkan %2.</translation>
    </message>
    <message>
        <source>This NIP is not in the database yet, and a new employee needs a name: map the column that holds the names.</source>
        <translation>NIP ini belum ada dalam basis data, dan pegawai baru harus memiliki nama: petakan kolom yang berisi nama pegawai.</translation>
    </message>
    <message>
        <source>This employee left the province (%1): a post is not imported for them.</source>
        <translation>Pegawai ini telah keluar dari provinsi (%1): jabatannya tidak diimpor.</translation>
    </message>
</context>
<context>
    <name>EmployeeListReports</name>
    <message>
        <source>DUK (Daftar Urut Kepangkatan)</source>
        <translation>DUK (Daftar Urut Kepangkatan)</translation>
    </message>
    <message>
        <source>Seniority list of PNS and CPNS per OPD: golongan, TMT golongan, jabatan level, masa kerja, diklat hours, age.</source>
        <translation>Daftar urut kepangkatan PNS dan CPNS per OPD: golongan, TMT golongan, tingkat jabatan, masa kerja, jam diklat, usia.</translation>
    </message>
    <message>
        <source>Gol</source>
        <translation>Gol</translation>
    </message>
    <message>
        <source>TMT golongan</source>
        <translation>TMT golongan</translation>
    </message>
    <message>
        <source>TMT jabatan</source>
        <translation>TMT jabatan</translation>
    </message>
    <message>
        <source>Masa kerja (years)</source>
        <translation>Masa kerja (tahun)</translation>
    </message>
    <message>
        <source>Masa kerja (months)</source>
        <translation>Masa kerja (bulan)</translation>
    </message>
    <message>
        <source>Diklat (hours)</source>
        <translation>Diklat (jam)</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Pendidikan</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Tanggal lahir</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Usia</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit kerja</translation>
    </message>
    <message>
        <source>Due for rotation</source>
        <translation>Waktunya rotasi</translation>
    </message>
    <message>
        <source>Employees in the same jabatan for the rotation period (default 5 years) or longer, longest first.</source>
        <translation>Pegawai yang menduduki jabatan yang sama selama periode rotasi (bawaan 5 tahun) atau lebih, diurutkan dari yang terlama.</translation>
    </message>
    <message>
        <source>Rotation</source>
        <translation>Rotasi</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>In post (years)</source>
        <translation>Lama menjabat (tahun)</translation>
    </message>
    <message>
        <source>In post (months)</source>
        <translation>Lama menjabat (bulan)</translation>
    </message>
    <message>
        <source>Nearing BUP</source>
        <translation>Mendekati BUP</translation>
    </message>
    <message numerus="yes">
        <source>Employees whose pensiun date (BUP of their jabatan type) falls within %n month(s) of the reference date, or has passed.</source>
        <translation>
            <numerusform>Pegawai yang tanggal pensiunnya (BUP menurut jenis jabatannya) jatuh dalam %n bulan dari tanggal acuan, atau sudah terlewati.</numerusform>
        </translation>
    </message>
    <message>
        <source>Jabatan type</source>
        <translation>Jenis jabatan</translation>
    </message>
    <message>
        <source>Pensiun date</source>
        <translation>Tanggal pensiun</translation>
    </message>
    <message>
        <source>Months left</source>
        <translation>Sisa bulan</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
</context>
<context>
    <name>EmployeeMatch</name>
    <message>
        <source>Education level</source>
        <translation>Jenjang pendidikan</translation>
    </message>
    <message>
        <source>Education field</source>
        <translation>Jurusan pendidikan</translation>
    </message>
    <message>
        <source>Golongan</source>
        <translation>Golongan</translation>
    </message>
</context>
<context>
    <name>FormasiImporter</name>
    <message>
        <source>Unit kerja</source>
        <translation>Unit kerja</translation>
    </message>
    <message>
        <source>OPD</source>
        <translation>OPD</translation>
    </message>
    <message>
        <source>Jabatan</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <source>Jabatan type</source>
        <translation>Jenis jabatan</translation>
    </message>
    <message>
        <source>Required headcount</source>
        <translation>Jumlah kebutuhan</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a headcount: write a whole number, 0 or more.</source>
        <translation>&quot;%1&quot; bukan jumlah pegawai: tulis bilangan bulat, 0 atau lebih.</translation>
    </message>
    <message>
        <source>The unit is empty.</source>
        <translation>Unit kerja tidak diisi.</translation>
    </message>
    <message>
        <source>The jabatan is empty.</source>
        <translation>Jabatan tidak diisi.</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>--db, --kind and exactly one FILE are needed.</source>
        <translation>--db, --kind, dan tepat satu FILE wajib diisi.</translation>
    </message>
    <message>
        <source>The mapping file %1 could not be opened: %2</source>
        <translation>Berkas pemetaan %1 tidak dapat dibuka: %2</translation>
    </message>
    <message>
        <source>The mapping file %1 is not a JSON object: %2</source>
        <translation>Berkas pemetaan %1 bukan objek JSON: %2</translation>
    </message>
    <message>
        <source>The mapping could not be saved to %1: %2</source>
        <translation>Pemetaan tidak dapat disimpan ke %1: %2</translation>
    </message>
    <message>
        <source>Columns:</source>
        <translation>Kolom:</translation>
    </message>
    <message>
        <source>%1 &lt;- &quot;%2&quot; (column %3)</source>
        <translation>%1 &lt;- &quot;%2&quot; (kolom %3)</translation>
    </message>
    <message>
        <source>not imported: %1</source>
        <translation>tidak diimpor: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n more</source>
        <translation>
            <numerusform>%n lagi</numerusform>
        </translation>
    </message>
    <message>
        <source>OPD</source>
        <translation>OPD</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>unit kerja</translation>
    </message>
    <message>
        <source>jabatan</source>
        <translation>jabatan</translation>
    </message>
    <message>
        <source>Not in the database, created for the rows:</source>
        <translation>Belum ada dalam basis data, dibuat untuk baris berikut:</translation>
    </message>
    <message>
        <source>Not in the database (rows rejected; use --create-missing to create them):</source>
        <translation>Belum ada dalam basis data (baris ditolak; gunakan --create-missing untuk membuatnya):</translation>
    </message>
    <message>
        <source> in %1</source>
        <translation> di %1</translation>
    </message>
    <message>
        <source>rows %1</source>
        <translation>baris %1</translation>
    </message>
    <message>
        <source>Rows read: %1</source>
        <translation>Baris dibaca: %1</translation>
    </message>
    <message>
        <source>Inserted: %1</source>
        <translation>Ditambahkan: %1</translation>
    </message>
    <message>
        <source>Would insert: %1</source>
        <translation>Akan ditambahkan: %1</translation>
    </message>
    <message>
        <source>Updated: %1</source>
        <translation>Diperbarui: %1</translation>
    </message>
    <message>
        <source>Would update: %1</source>
        <translation>Akan diperbarui: %1</translation>
    </message>
    <message>
        <source>Unchanged: %1</source>
        <translation>Tidak berubah: %1</translation>
    </message>
    <message>
        <source>Rejected: %1</source>
        <translation>Ditolak: %1</translation>
    </message>
    <message>
        <source>Units and jabatan created: %1</source>
        <translation>Unit kerja dan jabatan yang dibuat: %1</translation>
    </message>
    <message>
        <source>Row %1</source>
        <translation>Baris %1</translation>
    </message>
    <message>
        <source>Row %1, %2 &quot;%3&quot;</source>
        <translation>Baris %1, %2 &quot;%3&quot;</translation>
    </message>
    <message>
        <source>File: %1 (%2), header in row %3</source>
        <translation>Berkas: %1 (%2), judul kolom pada baris %3</translation>
    </message>
    <message>
        <source>Nothing was written: rows were rejected and --strict was given.</source>
        <translation>Tidak ada yang ditulis: ada baris yang ditolak dan opsi --strict diberikan.</translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation>Uji coba: tidak ada yang ditulis.</translation>
    </message>
    <message>
        <source>Unknown kind &quot;%1&quot;.</source>
        <translation>Jenis &quot;%1&quot; tidak dikenal.</translation>
    </message>
    <message>
        <source>Writing rows: %1 of %2</source>
        <translation>Menulis baris: %1 dari %2</translation>
    </message>
    <message>
        <source>(while writing row %1)</source>
        <translation>(saat menulis baris %1)</translation>
    </message>
    <message>
        <source>Usage: simutasi-cli import --db DB --kind KIND FILE [--user U] [--dry-run] [--strict] [--create-missing] [--mapping M.json] [--save-mapping M.json] [--rejects OUT.csv|OUT.xlsx]

KIND is one of: %1. FILE is CSV (comma, semicolon or tab; UTF-8 or Windows-1252) or XLSX (the first sheet).
Every row is checked before anything is written; the valid rows are then written in one transaction and every rejected row is listed with its reason.
  --user U          the user who imports (Operator BKD or Administrator); the password is read from SIMUTASI_PASSWORD, else asked. Required once the database has user accounts, except with --dry-run
  --dry-run         check only, write nothing
  --strict          write nothing when any row is rejected
  --create-missing  create the units, OPDs and jabatan the rows name
  --mapping M       a JSON file {&quot;field&quot;: &quot;header&quot; or column number} over the detected columns
  --save-mapping M  save the mapping used, to reuse it with --mapping
  --rejects OUT     save the rejected rows as CSV, or XLSX by the extension

Exit codes: 0 done; 1 refused (log-in, role) or rows rejected with --strict (nothing written); 2 wrong usage, unreadable file or database error (nothing written).</source>
        <translation>Penggunaan: simutasi-cli import --db DB --kind KIND FILE [--user U] [--dry-run] [--strict] [--create-missing] [--mapping M.json] [--save-mapping M.json] [--rejects OUT.csv|OUT.xlsx]

KIND adalah salah satu dari: %1. FILE berupa CSV (pemisah koma, titik koma, atau tab; UTF-8 atau Windows-1252) atau XLSX (lembar pertama).
Setiap baris diperiksa sebelum ada yang ditulis; baris yang valid kemudian ditulis dalam satu transaksi dan setiap baris yang ditolak dicantumkan beserta alasannya.
  --user U          pengguna yang mengimpor (Operator BKD atau Administrator); kata sandi dibaca dari SIMUTASI_PASSWORD, jika tidak ada akan ditanyakan. Wajib bila basis data sudah memiliki akun pengguna, kecuali dengan --dry-run
  --dry-run         hanya periksa, tidak menulis apa pun
  --strict          tidak menulis apa pun bila ada baris yang ditolak
  --create-missing  buat unit kerja, OPD, dan jabatan yang disebutkan pada baris
  --mapping M       berkas JSON {&quot;field&quot;: &quot;header&quot; atau nomor kolom} yang menggantikan kolom yang terdeteksi
  --save-mapping M  simpan pemetaan yang digunakan, untuk dipakai lagi dengan --mapping
  --rejects OUT     simpan baris yang ditolak sebagai CSV, atau XLSX sesuai ekstensinya

Kode keluar: 0 selesai; 1 ditolak (masuk, peran) atau ada baris yang ditolak dengan --strict (tidak ada yang ditulis); 2 penggunaan salah, berkas tidak dapat dibaca, atau kesalahan basis data (tidak ada yang ditulis).</translation>
    </message>
</context>
<context>
    <name>ImportRecord</name>
    <message>
        <source>column %1</source>
        <translation>kolom %1</translation>
    </message>
</context>
<context>
    <name>ImportSession</name>
    <message>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <source>unit and jabatan</source>
        <translation>unit kerja dan jabatan</translation>
    </message>
    <message>
        <source>The same %1 is already in row %2; it may appear only once in a file.</source>
        <translation>Baris %2 sudah memuat %1 yang sama; data tersebut hanya boleh muncul satu kali dalam satu berkas.</translation>
    </message>
    <message>
        <source>NIP and year</source>
        <translation>NIP dan tahun</translation>
    </message>
    <message>
        <source>unit name under the same parent</source>
        <translation>nama unit kerja di bawah induk yang sama</translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <source>The file is empty: it has no header row.</source>
        <translation>Berkas kosong: tidak ada baris judul kolom.</translation>
    </message>
    <message>
        <source>No column for &quot;%1&quot; was found in the header row (row %2). Head the column with one of: %3; or choose its column in the mapping.</source>
        <translation>Kolom untuk &quot;%1&quot; tidak ditemukan pada baris judul kolom (baris %2). Beri kolom tersebut salah satu judul berikut: %3; atau pilih kolomnya pada pemetaan.</translation>
    </message>
    <message>
        <source>This row has %1 cells but the header row has %2; a value containing the delimiter may be missing its quotes.</source>
        <translation>Baris ini memiliki %1 sel, sedangkan baris judul kolom memiliki %2; mungkin ada nilai yang memuat karakter pemisah tetapi tidak diapit tanda kutip.</translation>
    </message>
</context>
<context>
    <name>JobPersonMatch</name>
    <message>
        <source>Education: not recorded, at least %1 required</source>
        <translation>Pendidikan: belum tercatat, dipersyaratkan minimal %1</translation>
    </message>
    <message>
        <source>Education: %1, at least %2 required</source>
        <translation>Pendidikan: %1, dipersyaratkan minimal %2</translation>
    </message>
    <message>
        <source>Education field: not recorded</source>
        <translation>Jurusan: belum tercatat</translation>
    </message>
    <message>
        <source>Education field: %1 is not accepted</source>
        <translation>Jurusan: %1 tidak sesuai</translation>
    </message>
    <message>
        <source>Golongan: %1, %2 required</source>
        <translation>Golongan: %1, dipersyaratkan %2</translation>
    </message>
    <message>
        <source>%1: not assessed, level %2 required</source>
        <translation>%1: belum dinilai, dipersyaratkan level %2</translation>
    </message>
    <message>
        <source>%1: level %2 of %3 required</source>
        <translation>%1: level %2 dari %3 yang dipersyaratkan</translation>
    </message>
    <message>
        <source>The job-person match (JPM) is the weighted share of the jabatan&apos;s requirements that the employee meets. Education level, education field and golongan range count with weight 1 each when the jabatan sets them (golongan is not counted for PPPK). Each required competency counts with the weight of its requirement: in full at or above the minimum level, in part below it (level 2 of 3 required earns two thirds of the weight), and not at all when it was never assessed. JPM = earned weight / total weight x 100%.</source>
        <translation>Kesesuaian jabatan-pegawai (JPM) adalah bagian berbobot dari persyaratan jabatan yang dipenuhi pegawai. Jenjang pendidikan, jurusan pendidikan dan rentang golongan masing-masing berbobot 1 bila ditetapkan oleh jabatan (golongan tidak dihitung untuk PPPK). Setiap kompetensi yang dipersyaratkan dihitung dengan bobot persyaratannya: penuh pada level minimal atau lebih, sebagian di bawahnya (level 2 dari 3 yang dipersyaratkan mendapat dua pertiga bobot), dan nol bila belum pernah dinilai. JPM = bobot yang diperoleh / jumlah bobot x 100%.</translation>
    </message>
</context>
<context>
    <name>MailQueue</name>
    <message>
        <source>An e-mail needs a key and a recipient.</source>
        <translation>E-mail memerlukan kunci dan penerima.</translation>
    </message>
    <message>
        <source>Only a failed e-mail can be sent again.</source>
        <translation>Hanya e-mail yang gagal yang dapat dikirim ulang.</translation>
    </message>
    <message>
        <source>Interrupted while sending: delivery unknown. Check with the recipient before sending again.</source>
        <translation>Terputus saat pengiriman: status penerimaan tidak diketahui. Periksa dengan penerima sebelum mengirim ulang.</translation>
    </message>
</context>
<context>
    <name>NeedsAnalysis</name>
    <message>
        <source>Province</source>
        <translation>Provinsi</translation>
    </message>
    <message>
        <source>Province-wide units (no kabupaten/kota)</source>
        <translation>Unit tingkat provinsi (tanpa kabupaten/kota)</translation>
    </message>
</context>
<context>
    <name>NeedsCommand</name>
    <message>
        <source>Usage: simutasi-cli needs --db DB [--opd ID] [--limit N]

Formasi against bezetting for the whole province, or for the OPD with the id ID: the totals, the roll-up per OPD (per kabupaten/kota for one OPD), then the largest shortages, remote units first, and the largest surpluses.
  --limit N  list at most N shortages and N surpluses (default %1; 0 lists all)

Exit codes: 0 done; 2 wrong usage, unknown OPD, or a database that cannot be opened.</source>
        <translation>Penggunaan: simutasi-cli needs --db DB [--opd ID] [--limit N]

Formasi terhadap bezetting untuk seluruh provinsi, atau untuk OPD dengan id ID: jumlahnya, rekap per OPD (per kabupaten/kota untuk satu OPD), lalu kekurangan terbesar, daerah terpencil lebih dulu, dan kelebihan terbesar.
  --limit N  tampilkan paling banyak N kekurangan dan N kelebihan (bawaan %1; 0 menampilkan semuanya)

Kode keluar: 0 selesai; 2 penggunaan salah, OPD tidak dikenal, atau basis data tidak dapat dibuka.</translation>
    </message>
    <message>
        <source>Formasi %1, bezetting %2, filled %3 (%4); shortage %5 (in remote units %6), surplus %7.</source>
        <translation>Formasi %1, bezetting %2, terisi %3 (%4); kekurangan %5 (di daerah terpencil %6), kelebihan %7.</translation>
    </message>
    <message>
        <source>formasi</source>
        <translation>formasi</translation>
    </message>
    <message>
        <source>bezetting</source>
        <translation>bezetting</translation>
    </message>
    <message>
        <source>shortage</source>
        <translation>kurang</translation>
    </message>
    <message>
        <source>surplus</source>
        <translation>lebih</translation>
    </message>
    <message>
        <source>filled</source>
        <translation>terisi</translation>
    </message>
    <message>
        <source>none</source>
        <translation>tidak ada</translation>
    </message>
    <message>
        <source>[remote]</source>
        <translation>[terpencil]</translation>
    </message>
    <message>
        <source>... and %1 more (--limit).</source>
        <translation>... dan %1 lagi (--limit).</translation>
    </message>
    <message>
        <source>Provinsi Wanggar</source>
        <translation>Provinsi Wanggar</translation>
    </message>
    <message>
        <source>There is no OPD with id %1.</source>
        <translation>Tidak ada OPD dengan id %1.</translation>
    </message>
    <message>
        <source>Formasi and bezetting: %1</source>
        <translation>Formasi dan bezetting: %1</translation>
    </message>
    <message>
        <source>By kabupaten/kota:</source>
        <translation>Per kabupaten/kota:</translation>
    </message>
    <message>
        <source>By OPD:</source>
        <translation>Per OPD:</translation>
    </message>
    <message>
        <source>Shortages (remote units first):</source>
        <translation>Kekurangan (daerah terpencil lebih dulu):</translation>
    </message>
    <message>
        <source>Surpluses:</source>
        <translation>Kelebihan:</translation>
    </message>
    <message>
        <source>%1 in %2 (%3): formasi %4, bezetting %5, short by %6</source>
        <translation>%1 di %2 (%3): formasi %4, bezetting %5, kurang %6</translation>
    </message>
    <message>
        <source>%1 in %2 (%3): formasi %4, bezetting %5, %6 over</source>
        <translation>%1 di %2 (%3): formasi %4, bezetting %5, lebih %6</translation>
    </message>
</context>
<context>
    <name>Nip</name>
    <message>
        <source>A NIP may contain only digits, spaces, dots and dashes.</source>
        <translation>NIP hanya boleh berisi angka, spasi, titik, dan tanda hubung.</translation>
    </message>
    <message>
        <source>A NIP may contain only digits, spaces, dots and dashes; &quot;%1&quot; is not allowed.</source>
        <translation>NIP hanya boleh berisi angka, spasi, titik, dan tanda hubung; &quot;%1&quot; tidak diperbolehkan.</translation>
    </message>
    <message>
        <source>Digits 1-8 must be the birth date (YYYYMMDD); %1 is before %2.</source>
        <translation>Digit 1-8 harus berupa tanggal lahir (YYYYMMDD); %1 lebih awal dari tahun %2.</translation>
    </message>
    <message>
        <source>Digits 1-8 must be the birth date (YYYYMMDD); %1 is not a real date.</source>
        <translation>Digit 1-8 harus berupa tanggal lahir (YYYYMMDD); %1 bukan tanggal yang sah.</translation>
    </message>
    <message>
        <source>Enter the NIP: 18 digits, for example 19850312 201001 1 003.</source>
        <translation>Masukkan NIP: 18 digit, misalnya 19850312 201001 1 003.</translation>
    </message>
    <message>
        <source>A NIP has 18 digits.</source>
        <translation>NIP terdiri atas 18 digit.</translation>
    </message>
    <message>
        <source>A NIP has 18 digits; this one has %1.</source>
        <translation>NIP terdiri atas 18 digit; NIP ini memiliki %1 digit.</translation>
    </message>
    <message>
        <source>Digits 1-8 must be the birth date (YYYYMMDD).</source>
        <translation>Digit 1-8 harus berupa tanggal lahir (YYYYMMDD).</translation>
    </message>
    <message>
        <source>Digits 13-14 must be the month of the CPNS appointment (01-12), not %1.</source>
        <translation>Digit 13-14 harus berupa bulan pengangkatan CPNS (01-12), bukan %1.</translation>
    </message>
    <message>
        <source>Digits 13-14 must be the month of the CPNS appointment (01-12).</source>
        <translation>Digit 13-14 harus berupa bulan pengangkatan CPNS (01-12).</translation>
    </message>
    <message>
        <source>Digits 9-14 must be the year and month of the CPNS appointment (YYYYMM); the year %1 is not between %2 and %3.</source>
        <translation>Digit 9-14 harus berupa tahun dan bulan pengangkatan CPNS (YYYYMM); tahun %1 tidak berada di antara %2 dan %3.</translation>
    </message>
    <message>
        <source>Digits 9-14 must be the year and month of the CPNS appointment (YYYYMM).</source>
        <translation>Digit 9-14 harus berupa tahun dan bulan pengangkatan CPNS (YYYYMM).</translation>
    </message>
    <message>
        <source>Digits 9-14 put the CPNS appointment in %1, before the 18th birthday of someone born on %2 (digits 1-8).</source>
        <translation>Digit 9-14 menempatkan pengangkatan CPNS pada %1, sebelum ulang tahun ke-18 seseorang yang lahir pada %2 (digit 1-8).</translation>
    </message>
    <message>
        <source>The CPNS appointment (digits 9-14) cannot be before the 18th birthday (digits 1-8).</source>
        <translation>Pengangkatan CPNS (digit 9-14) tidak boleh sebelum ulang tahun ke-18 (digit 1-8).</translation>
    </message>
    <message>
        <source>Digit 15 must be 1 (male) or 2 (female), not %1.</source>
        <translation>Digit ke-15 harus 1 (laki-laki) atau 2 (perempuan), bukan %1.</translation>
    </message>
    <message>
        <source>Digit 15 must be 1 (male) or 2 (female).</source>
        <translation>Digit ke-15 harus 1 (laki-laki) atau 2 (perempuan).</translation>
    </message>
    <message>
        <source>Digits 16-18 are the serial number and cannot be 000.</source>
        <translation>Digit 16-18 adalah nomor urut dan tidak boleh 000.</translation>
    </message>
</context>
<context>
    <name>NoticeReport</name>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Surat</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Diterima</translation>
    </message>
    <message>
        <source>Keberatan</source>
        <translation>Keberatan</translation>
    </message>
    <message>
        <source>No answer yet</source>
        <translation>Belum ada jawaban</translation>
    </message>
    <message>
        <source>Upheld</source>
        <translation>Dikabulkan</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Ditolak</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Terbuka</translation>
    </message>
    <message>
        <source>Notification status by decree</source>
        <translation>Status pemberitahuan per SK</translation>
    </message>
    <message>
        <source>Per decree: its employees, how many were informed, acknowledged, raised a keberatan (open or decided) or are still pending; with every employee&apos;s channel, answer and decision. Period on the decree date.</source>
        <translation>Per SK: pegawainya, berapa yang telah diberi tahu, diterima, mengajukan keberatan (terbuka atau sudah diputus), atau masih menunggu; beserta saluran, jawaban, dan keputusan setiap pegawai. Periode berdasarkan tanggal SK.</translation>
    </message>
    <message>
        <source>By decree</source>
        <translation>Per SK</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>No SK</source>
        <translation>No SK</translation>
    </message>
    <message>
        <source>Tanggal SK</source>
        <translation>Tanggal SK</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Usulan</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Pegawai</translation>
    </message>
    <message>
        <source>Informed</source>
        <translation>Diberi tahu</translation>
    </message>
    <message>
        <source>Keberatan open</source>
        <translation>Keberatan terbuka</translation>
    </message>
    <message>
        <source>Keberatan decided</source>
        <translation>Keberatan diputus</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Menunggu</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Saluran</translation>
    </message>
    <message>
        <source>Informed on</source>
        <translation>Diberi tahu pada</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Jawaban</translation>
    </message>
    <message>
        <source>Response on</source>
        <translation>Dijawab pada</translation>
    </message>
    <message>
        <source>Keberatan reason</source>
        <translation>Alasan keberatan</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Keputusan</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>Diputus pada</translation>
    </message>
</context>
<context>
    <name>OrgEditor</name>
    <message>
        <source>A unit needs a name.</source>
        <translation>Unit kerja harus memiliki nama.</translation>
    </message>
    <message>
        <source>There is already a unit named &quot;%1&quot; at this place in the tree.</source>
        <translation>Sudah ada unit kerja bernama &quot;%1&quot; pada posisi ini dalam struktur organisasi.</translation>
    </message>
    <message>
        <source>The unit above the new one no longer exists.</source>
        <translation>Unit kerja induk untuk unit baru ini sudah tidak ada.</translation>
    </message>
    <message>
        <source>%1 is closed: no unit can be added below it.</source>
        <translation>%1 sudah ditutup: tidak ada unit kerja yang dapat ditambahkan di bawahnya.</translation>
    </message>
    <message>
        <source>The province is the top of the tree; there is only one.</source>
        <translation>Provinsi adalah puncak struktur organisasi; hanya ada satu provinsi.</translation>
    </message>
    <message>
        <source>The unit no longer exists.</source>
        <translation>Unit kerja tersebut sudah tidak ada.</translation>
    </message>
    <message>
        <source>Only the top of the tree is the province.</source>
        <translation>Hanya puncak struktur organisasi yang berjenis provinsi.</translation>
    </message>
    <message>
        <source>The unit or its new place no longer exists.</source>
        <translation>Unit kerja atau tempat barunya sudah tidak ada.</translation>
    </message>
    <message>
        <source>The province is the top of the tree and cannot be moved.</source>
        <translation>Provinsi adalah puncak struktur organisasi dan tidak dapat dipindahkan.</translation>
    </message>
    <message>
        <source>%1 is closed: nothing can be moved below it.</source>
        <translation>%1 sudah ditutup: tidak ada yang dapat dipindahkan ke bawahnya.</translation>
    </message>
    <message>
        <source>%1 cannot be moved below itself or one of its own units.</source>
        <translation>%1 tidak dapat dipindahkan ke bawah dirinya sendiri atau ke bawah salah satu unit kerja bawahannya.</translation>
    </message>
    <message>
        <source>The province cannot be closed.</source>
        <translation>Provinsi tidak dapat ditutup.</translation>
    </message>
    <message>
        <source>Give the date on which the unit was closed.</source>
        <translation>Isikan tanggal penutupan unit kerja.</translation>
    </message>
    <message>
        <source>%1 is already closed (since %2).</source>
        <translation>%1 sudah ditutup (sejak %2).</translation>
    </message>
    <message>
        <source>%1 is closed too: reopen it first.</source>
        <translation>%1 juga sudah ditutup: buka kembali unit kerja itu terlebih dahulu.</translation>
    </message>
    <message>
        <source>The province cannot be removed.</source>
        <translation>Provinsi tidak dapat dihapus.</translation>
    </message>
    <message>
        <source>%1 cannot be removed because %2. Close it instead, with the date on which it stopped working.</source>
        <translation>%1 tidak dapat dihapus karena %2. Sebagai gantinya, tutup unit kerja ini dengan mencatat tanggal unit tersebut berhenti beroperasi.</translation>
    </message>
    <message>
        <source>A jabatan needs a name.</source>
        <translation>Jabatan harus memiliki nama.</translation>
    </message>
    <message>
        <source>The golongan range of %1 is not valid: the lowest golongan must not be above the highest.</source>
        <translation>Rentang golongan %1 tidak valid: golongan terendah tidak boleh lebih tinggi daripada golongan tertinggi.</translation>
    </message>
    <message>
        <source>The catalogue already has a jabatan named &quot;%1&quot;.</source>
        <translation>Katalog sudah memuat jabatan bernama &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The jabatan no longer exists.</source>
        <translation>Jabatan tersebut sudah tidak ada.</translation>
    </message>
    <message>
        <source>The unit or the jabatan no longer exists.</source>
        <translation>Unit kerja atau jabatan tersebut sudah tidak ada.</translation>
    </message>
    <message>
        <source>%1 is closed: its formasi can no longer change.</source>
        <translation>%1 sudah ditutup: formasinya tidak dapat diubah lagi.</translation>
    </message>
    <message>
        <source>A formasi cannot be negative.</source>
        <translation>Formasi tidak boleh bernilai negatif.</translation>
    </message>
    <message>
        <source>1 employee is placed in it</source>
        <translation>1 pegawai masih ditempatkan di unit ini</translation>
    </message>
    <message>
        <source>%1 employees are placed in it</source>
        <translation>%1 pegawai masih ditempatkan di unit ini</translation>
    </message>
    <message>
        <source>1 jabatan history entry names it</source>
        <translation>1 entri riwayat jabatan merujuk ke unit ini</translation>
    </message>
    <message>
        <source>%1 jabatan history entries name it</source>
        <translation>%1 entri riwayat jabatan merujuk ke unit ini</translation>
    </message>
    <message>
        <source>it has formasi for %1 jabatan</source>
        <translation>unit ini memiliki formasi untuk %1 jabatan</translation>
    </message>
    <message>
        <source>1 unit lies below it</source>
        <translation>1 unit kerja berada di bawahnya</translation>
    </message>
    <message>
        <source>%1 units lie below it</source>
        <translation>%1 unit kerja berada di bawahnya</translation>
    </message>
    <message>
        <source>ABK tasks or shortlisted candidates name it</source>
        <translation>tugas ABK atau calon dalam daftar pendek merujuk ke unit ini</translation>
    </message>
</context>
<context>
    <name>OrgUnit</name>
    <message>
        <source>Province</source>
        <translation>Provinsi</translation>
    </message>
    <message>
        <source>OPD</source>
        <translation>OPD</translation>
    </message>
    <message>
        <source>Sekretariat</source>
        <translation>Sekretariat</translation>
    </message>
    <message>
        <source>Bidang</source>
        <translation>Bidang</translation>
    </message>
    <message>
        <source>Seksi</source>
        <translation>Seksi</translation>
    </message>
    <message>
        <source>UPT</source>
        <translation>UPT</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Sekolah</translation>
    </message>
    <message>
        <source>Puskesmas</source>
        <translation>Puskesmas</translation>
    </message>
    <message>
        <source>Hospital</source>
        <translation>Rumah Sakit</translation>
    </message>
</context>
<context>
    <name>PermissionUi</name>
    <message>
        <source> or </source>
        <translation> atau </translation>
    </message>
    <message>
        <source>Needs the role %1 to %2.</source>
        <translation>Memerlukan peran %1 untuk %2.</translation>
    </message>
    <message>
        <source>View only: only the role %1 may %2.</source>
        <translation>Hanya lihat: hanya peran %1 yang boleh %2.</translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <source>Nobody is logged in: log in to %1.</source>
        <translation>Belum ada pengguna yang masuk: masuk terlebih dahulu untuk %1.</translation>
    </message>
    <message>
        <source>User &apos;%1&apos; is deactivated and may not %2.</source>
        <translation>Pengguna &apos;%1&apos; dinonaktifkan dan tidak diizinkan %2.</translation>
    </message>
    <message>
        <source>User &apos;%1&apos; lacks the role %2 needed to %3.</source>
        <translation>Pengguna &apos;%1&apos; tidak memiliki peran %2 yang diperlukan untuk %3.</translation>
    </message>
    <message>
        <source> or </source>
        <translation> atau </translation>
    </message>
    <message>
        <source>create a proposal</source>
        <translation>membuat usulan</translation>
    </message>
    <message>
        <source>change a draft proposal</source>
        <translation>mengubah draf usulan</translation>
    </message>
    <message>
        <source>submit a proposal</source>
        <translation>mengajukan usulan</translation>
    </message>
    <message>
        <source>verify a proposal</source>
        <translation>memverifikasi usulan</translation>
    </message>
    <message>
        <source>return a proposal</source>
        <translation>mengembalikan usulan</translation>
    </message>
    <message>
        <source>approve a proposal</source>
        <translation>menyetujui usulan</translation>
    </message>
    <message>
        <source>reject a proposal</source>
        <translation>menolak usulan</translation>
    </message>
    <message>
        <source>record the decree of a proposal</source>
        <translation>mencatat SK usulan</translation>
    </message>
    <message>
        <source>execute a proposal</source>
        <translation>melaksanakan usulan</translation>
    </message>
    <message>
        <source>close a proposal</source>
        <translation>menutup usulan</translation>
    </message>
    <message>
        <source>cancel a proposal</source>
        <translation>membatalkan usulan</translation>
    </message>
    <message>
        <source>manage users</source>
        <translation>mengelola pengguna</translation>
    </message>
    <message>
        <source>change employee data</source>
        <translation>mengubah data pegawai</translation>
    </message>
    <message>
        <source>change units, jabatan or formasi</source>
        <translation>mengubah unit kerja, jabatan, atau formasi</translation>
    </message>
    <message>
        <source>change competency data</source>
        <translation>mengubah data kompetensi</translation>
    </message>
    <message>
        <source>change the shortlist</source>
        <translation>mengubah daftar pendek</translation>
    </message>
    <message>
        <source>import data</source>
        <translation>mengimpor data</translation>
    </message>
    <message>
        <source>record or send notifications of a decree</source>
        <translation>mencatat atau mengirim pemberitahuan SK</translation>
    </message>
    <message>
        <source>change the eligibility rules</source>
        <translation>mengubah aturan kelayakan</translation>
    </message>
    <message>
        <source>change the settings</source>
        <translation>mengubah pengaturan</translation>
    </message>
</context>
<context>
    <name>PostLookup</name>
    <message>
        <source>there is no open unit with the code or name &quot;%1&quot;</source>
        <translation>tidak ada unit kerja aktif dengan kode atau nama &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names %2 units; give the unit&apos;s code or id</source>
        <translation>&quot;%1&quot; menunjuk %2 unit kerja; sebutkan kode atau id unit kerjanya</translation>
    </message>
    <message>
        <source>there is no jabatan called &quot;%1&quot;</source>
        <translation>tidak ada jabatan bernama &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>ProposalCodes</name>
    <message>
        <source>within the OPD</source>
        <translation>dalam OPD</translation>
    </message>
    <message>
        <source>between OPDs</source>
        <translation>antar-OPD</translation>
    </message>
    <message>
        <source>between kabupaten/kota</source>
        <translation>antar-kabupaten/kota</translation>
    </message>
    <message>
        <source>incoming</source>
        <translation>masuk</translation>
    </message>
    <message>
        <source>outgoing</source>
        <translation>keluar</translation>
    </message>
    <message>
        <source>candidate ranking</source>
        <translation>peringkat calon</translation>
    </message>
    <message>
        <source>shortlist</source>
        <translation>daftar pendek</translation>
    </message>
    <message>
        <source>picked by hand</source>
        <translation>dipilih manual</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>menunggu</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>disetujui</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>ditolak</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>ditarik</translation>
    </message>
</context>
<context>
    <name>ProposalCommand</name>
    <message>
        <source>Usage: simutasi-cli proposals --db DB [--state S] [--limit N]

Lists the transfer proposals, newest first: id, number, state, active lines, created, planned TMT and the decree number.
  --state S  only proposals in state S: %1
  --limit N  list at most N proposals (default %2)

Exit codes: 0 done; 2 wrong usage or a database that cannot be opened.</source>
        <translation>Penggunaan: simutasi-cli proposals --db DB [--state S] [--limit N]

Menampilkan daftar usulan mutasi, yang terbaru lebih dahulu: id, nomor, status, baris aktif, tanggal dibuat, TMT yang direncanakan, dan nomor SK.
  --state S  hanya usulan dengan status S: %1
  --limit N  tampilkan paling banyak N usulan (bawaan %2)

Kode keluar: 0 selesai; 2 penggunaan salah atau basis data tidak dapat dibuka.</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>Decree: %1 of %2</source>
        <translation>SK: %1 tanggal %2</translation>
    </message>
    <message>
        <source>Lines:</source>
        <translation>Baris:</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Justification: %1</source>
        <translation>Alasan: %1</translation>
    </message>
    <message>
        <source>Timeline:</source>
        <translation>Linimasa:</translation>
    </message>
    <message>
        <source>Unknown state &quot;%1&quot;.</source>
        <translation>Status &quot;%1&quot; tidak dikenal.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>number</source>
        <translation>nomor</translation>
    </message>
    <message>
        <source>state</source>
        <translation>status</translation>
    </message>
    <message>
        <source>lines</source>
        <translation>baris</translation>
    </message>
    <message>
        <source>created</source>
        <translation>dibuat</translation>
    </message>
    <message>
        <source>TMT</source>
        <translation>TMT</translation>
    </message>
    <message>
        <source>decree</source>
        <translation>SK</translation>
    </message>
    <message>
        <source>%1 of %2 proposals.</source>
        <translation>%1 dari %2 usulan.</translation>
    </message>
    <message>
        <source>Name the action and the proposal id: proposal ACTION ID.</source>
        <translation>Sebutkan tindakan dan id usulan: proposal ACTION ID.</translation>
    </message>
    <message>
        <source>The proposal id must be a whole number.</source>
        <translation>Id usulan harus berupa bilangan bulat.</translation>
    </message>
    <message>
        <source>Unknown action &quot;%1&quot;.</source>
        <translation>Tindakan &quot;%1&quot; tidak dikenal.</translation>
    </message>
    <message>
        <source>The option --user NAME is required to change a proposal.</source>
        <translation>Opsi --user NAME wajib diisi untuk mengubah usulan.</translation>
    </message>
    <message>
        <source>There is no proposal with id %1.</source>
        <translation>Tidak ada usulan dengan id %1.</translation>
    </message>
    <message>
        <source>Proposal %1 is now %2.</source>
        <translation>Usulan %1 sekarang berstatus %2.</translation>
    </message>
    <message>
        <source>Usage: simutasi-cli proposal ACTION ID --db DB [--user U] [options]
       simutasi-cli proposal create --db DB --user U --title T --tmt D ...

  create --user U ...                  Operator BKD: a new proposal with its lines (see &quot;proposal create --help&quot;)
  show ID                              the lines and the timeline (no log-in)
  submit ID --user U [--note T]        Operator BKD
  verify ID --user U [--note T]        Verifikator BKD
  return ID --user U --note T          Verifikator BKD: back to draft with notes
  approve ID --user U --meeting-date D [--note T] [--reject-line L]...
                                       Tim Penilai: the lines named (their numbers in show) are rejected
  reject ID --user U --meeting-date D --note T   Tim Penilai
  decree ID --user U --number N --date D         Pejabat Penandatangan
  execute ID --user U                  Operator BKD or Administrator, on the TMT
  close ID --user U [--note T]         Operator BKD or Administrator
  cancel ID --user U --note REASON     Operator BKD or Administrator
  withdraw-line ID --line N --reason R --user U
                                       Operator BKD (draft), or Operator BKD or Administrator (approved or decree issued, e.g. an upheld keberatan): takes line N (its number in show) off the proposal

The password is read from the environment variable SIMUTASI_PASSWORD, else asked.
Exit codes: 0 done; 1 refused (log-in, role, state, conflict); 2 wrong usage or a database that cannot be opened.</source>
        <translation>Penggunaan: simutasi-cli proposal ACTION ID --db DB [--user U] [opsi]
       simutasi-cli proposal create --db DB --user U --title T --tmt D ...

  create --user U ...                  Operator BKD: usulan baru beserta barisnya (lihat &quot;proposal create --help&quot;)
  show ID                              baris dan linimasa usulan (tanpa masuk)
  submit ID --user U [--note T]        Operator BKD
  verify ID --user U [--note T]        Verifikator BKD
  return ID --user U --note T          Verifikator BKD: kembali ke draf dengan catatan
  approve ID --user U --meeting-date D [--note T] [--reject-line L]...
                                       Tim Penilai: baris yang disebutkan (nomornya pada show) ditolak
  reject ID --user U --meeting-date D --note T   Tim Penilai
  decree ID --user U --number N --date D         Pejabat Penandatangan
  execute ID --user U                  Operator BKD atau Administrator, pada TMT
  close ID --user U [--note T]         Operator BKD atau Administrator
  cancel ID --user U --note REASON     Operator BKD atau Administrator
  withdraw-line ID --line N --reason R --user U
                                       Operator BKD (draf), atau Operator BKD atau Administrator (disetujui atau SK diterbitkan, mis. keberatan yang dikabulkan): mengeluarkan baris N (nomornya pada show) dari usulan

Kata sandi dibaca dari variabel lingkungan SIMUTASI_PASSWORD, jika tidak ada akan ditanyakan.
Kode keluar: 0 selesai; 1 ditolak (masuk, peran, status, konflik); 2 penggunaan salah atau basis data tidak dapat dibuka.</translation>
    </message>
    <message>
        <source>Write &quot;proposal create&quot; first, then its options.</source>
        <translation>Tulis &quot;proposal create&quot; terlebih dahulu, lalu opsinya.</translation>
    </message>
    <message>
        <source>Proposal %1 has no line %2 (see proposal show).</source>
        <translation>Usulan %1 tidak memiliki baris %2 (lihat proposal show).</translation>
    </message>
    <message>
        <source>withdraw-line needs one --line N.</source>
        <translation>withdraw-line memerlukan satu --line N.</translation>
    </message>
    <message>
        <source>Line %1 of proposal %2 is withdrawn.</source>
        <translation>Baris %1 dari usulan %2 telah ditarik.</translation>
    </message>
</context>
<context>
    <name>ProposalCreateCommand</name>
    <message>
        <source>Usage: simutasi-cli proposal create --db DB --user U --title T --tmt YYYY-MM-DD
           (--move NIP=UNIT/JABATAN ... | --lines FILE) [--reason R]
           [--justification J] [--self-requested] [--submit]

Creates a draft transfer proposal with its lines as the user U (Operator BKD) and, with --submit, submits it. Every line is judged by the same eligibility rules as the ranking. It all happens in one transaction: when any line is refused (unknown NIP, unit or jabatan, an employee blocked by the rules or already on an open proposal, a warning without justification) nothing is created, and every refused line is named with its reason.
  --title T                the title of the proposal
  --tmt D                  the planned TMT of every line
  --move NIP=UNIT/JABATAN  one line: the employee&apos;s NIP, the target unit (code, name or id) and the jabatan (name or id); repeat it for more lines
  --lines FILE             the lines from a CSV (&apos;;&apos; or &apos;,&apos; between fields) or XLSX file with the header row nip;unit;jabatan and, optionally, reason;justification;self_requested (1/0, yes/no, ya/tidak)
  --reason R               the reason of every line (a file&apos;s reason column overrides it)
  --justification J        the written justification of lines with warnings (a file&apos;s column overrides it)
  --self-requested         the --move lines were asked for by the employees
  --submit                 submit the proposal after creating it

The password is read from the environment variable SIMUTASI_PASSWORD, else asked.
Exit codes: 0 created; 1 refused (log-in, role, a line, a conflict at submit), nothing created; 2 wrong usage, an unreadable file or a database that cannot be opened.</source>
        <translation>Penggunaan: simutasi-cli proposal create --db DB --user U --title T --tmt YYYY-MM-DD
           (--move NIP=UNIT/JABATAN ... | --lines FILE) [--reason R]
           [--justification J] [--self-requested] [--submit]

Membuat draf usulan mutasi beserta barisnya sebagai pengguna U (Operator BKD) dan, dengan --submit, mengajukannya. Setiap baris dinilai dengan aturan kelayakan yang sama seperti pada pemeringkatan. Semuanya berlangsung dalam satu transaksi: bila ada baris yang ditolak (NIP, unit kerja, atau jabatan tidak dikenal, pegawai yang terhalang oleh aturan atau sudah ada dalam usulan terbuka, peringatan tanpa justifikasi), tidak ada yang dibuat, dan setiap baris yang ditolak disebutkan beserta alasannya.
  --title T                judul usulan
  --tmt D                  TMT rencana untuk setiap baris
  --move NIP=UNIT/JABATAN  satu baris: NIP pegawai, unit kerja tujuan (kode, nama, atau id) dan jabatan (nama atau id); ulangi untuk baris berikutnya
  --lines FILE             baris dari berkas CSV (&apos;;&apos; atau &apos;,&apos; di antara kolom) atau XLSX dengan baris judul kolom nip;unit;jabatan dan, bila perlu, reason;justification;self_requested (1/0, yes/no, ya/tidak)
  --reason R               alasan untuk setiap baris (kolom reason pada berkas menggantikannya)
  --justification J        justifikasi tertulis untuk baris yang memiliki peringatan (kolom pada berkas menggantikannya)
  --self-requested         baris --move diminta oleh pegawai sendiri
  --submit                 ajukan usulan setelah dibuat

Kata sandi dibaca dari variabel lingkungan SIMUTASI_PASSWORD, jika tidak ada akan ditanyakan.
Kode keluar: 0 dibuat; 1 ditolak (masuk, peran, suatu baris, konflik saat pengajuan), tidak ada yang dibuat; 2 penggunaan salah, berkas tidak dapat dibaca, atau basis data tidak dapat dibuka.</translation>
    </message>
    <message>
        <source>--move &quot;%1&quot; is not NIP=UNIT/JABATAN.</source>
        <translation>--move &quot;%1&quot; tidak berformat NIP=UNIT/JABATAN.</translation>
    </message>
    <message>
        <source>--move %1</source>
        <translation>--move %1</translation>
    </message>
    <message>
        <source>%1 needs a header row with the columns nip, unit and jabatan (and optionally reason, justification, self_requested).</source>
        <translation>%1 memerlukan baris judul kolom dengan kolom nip, unit, dan jabatan (serta, bila perlu, reason, justification, self_requested).</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>Baris %1</translation>
    </message>
    <message>
        <source>%1: self_requested &quot;%2&quot; is not yes or no.</source>
        <translation>%1: self_requested &quot;%2&quot; bukan ya atau tidak.</translation>
    </message>
    <message>
        <source>%1 holds no lines.</source>
        <translation>%1 tidak memuat baris apa pun.</translation>
    </message>
    <message>
        <source>%1 (NIP %2)</source>
        <translation>%1 (NIP %2)</translation>
    </message>
    <message>
        <source>there is no employee with this NIP</source>
        <translation>tidak ada pegawai dengan NIP ini</translation>
    </message>
    <message>
        <source>no reason is given (--reason or a reason column)</source>
        <translation>alasan tidak diberikan (--reason atau kolom reason)</translation>
    </message>
    <message>
        <source>Nothing was created: %1 of %2 lines were refused.</source>
        <translation>Tidak ada yang dibuat: %1 dari %2 baris ditolak.</translation>
    </message>
    <message>
        <source>Created proposal %1 (id %2), state %3, with %4 line(s):</source>
        <translation>Usulan %1 (id %2) telah dibuat, status %3, dengan %4 baris:</translation>
    </message>
    <message>
        <source>Justification: %1</source>
        <translation>Justifikasi: %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Catatan: %1</translation>
    </message>
    <message>
        <source>--user, --title and --tmt are required.</source>
        <translation>--user, --title, dan --tmt wajib diisi.</translation>
    </message>
    <message>
        <source>Give the lines either with --move or with --lines FILE.</source>
        <translation>Berikan baris dengan --move atau dengan --lines FILE.</translation>
    </message>
    <message>
        <source>Nothing was created: the proposal could not be submitted.</source>
        <translation>Tidak ada yang dibuat: usulan tidak dapat diajukan.</translation>
    </message>
</context>
<context>
    <name>ProposalReport</name>
    <message>
        <source>Proposal pipeline</source>
        <translation>Alur usulan</translation>
    </message>
    <message>
        <source>Transfer proposals by state: how many, with how many lines, and since when the oldest open one waits; with the list of proposals.</source>
        <translation>Usulan mutasi menurut status: jumlahnya, jumlah barisnya, dan sejak kapan usulan terbuka yang paling lama menunggu; beserta daftar usulan.</translation>
    </message>
    <message>
        <source>By state</source>
        <translation>Menurut status</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Proposals</source>
        <translation>Usulan</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Baris</translation>
    </message>
    <message>
        <source>Approved lines</source>
        <translation>Baris disetujui</translation>
    </message>
    <message>
        <source>Oldest open since</source>
        <translation>Terbuka paling lama sejak</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nomor</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Dibuat</translation>
    </message>
    <message>
        <source>Created by</source>
        <translation>Dibuat oleh</translation>
    </message>
    <message>
        <source>First TMT</source>
        <translation>TMT pertama</translation>
    </message>
    <message>
        <source>No SK</source>
        <translation>No SK</translation>
    </message>
    <message>
        <source>Tanggal SK</source>
        <translation>Tanggal SK</translation>
    </message>
    <message>
        <source>Executed on</source>
        <translation>Dilaksanakan pada</translation>
    </message>
</context>
<context>
    <name>ProposalStates</name>
    <message>
        <source>Draft</source>
        <translation>Draf</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Diajukan</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Diverifikasi</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Disetujui</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Ditolak</translation>
    </message>
    <message>
        <source>Decree issued</source>
        <translation>SK diterbitkan</translation>
    </message>
    <message>
        <source>Executed</source>
        <translation>Dilaksanakan</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Ditutup</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Dibatalkan</translation>
    </message>
</context>
<context>
    <name>ProposalWorkflow</name>
    <message>
        <source>Proposal %1 is %2: it is not possible to %3 now.</source>
        <translation>Usulan %1 berstatus %2: saat ini tidak dapat %3.</translation>
    </message>
    <message>
        <source>Employee %1 does not exist.</source>
        <translation>Pegawai %1 tidak ada.</translation>
    </message>
    <message>
        <source>The planned TMT of %1 is missing.</source>
        <translation>TMT rencana untuk %1 belum diisi.</translation>
    </message>
    <message>
        <source>An incoming or outgoing transfer names the other instansi.</source>
        <translation>Mutasi masuk atau keluar harus menyebutkan instansi lainnya.</translation>
    </message>
    <message>
        <source>The target unit or jabatan of %1 does not exist.</source>
        <translation>Unit kerja atau jabatan tujuan untuk %1 tidak ada.</translation>
    </message>
    <message>
        <source>%1 already holds this jabatan in %2.</source>
        <translation>%1 sudah menduduki jabatan ini di %2.</translation>
    </message>
    <message>
        <source>%1 is already on this proposal.</source>
        <translation>%1 sudah ada dalam usulan ini.</translation>
    </message>
    <message>
        <source>%1 is already on the open proposal %2.</source>
        <translation>%1 sudah ada dalam usulan terbuka %2.</translation>
    </message>
    <message>
        <source>%1 cannot be proposed: %2</source>
        <translation>%1 tidak dapat diusulkan: %2</translation>
    </message>
    <message>
        <source>%1 may only be proposed with a written justification: %2</source>
        <translation>%1 hanya dapat diusulkan dengan alasan tertulis: %2</translation>
    </message>
    <message>
        <source>There is no proposal with id %1.</source>
        <translation>Tidak ada usulan dengan id %1.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Baris %1: %2</translation>
    </message>
    <message>
        <source>The shortlist of this vacancy holds none of these employees.</source>
        <translation>Daftar pendek lowongan ini tidak memuat satu pun pegawai tersebut.</translation>
    </message>
    <message>
        <source>None of the shortlisted employees could be proposed.</source>
        <translation>Tidak satu pun pegawai dalam daftar pendek dapat diusulkan.</translation>
    </message>
    <message>
        <source>There is no active proposal line with id %1.</source>
        <translation>Tidak ada baris usulan aktif dengan id %1.</translation>
    </message>
    <message>
        <source>Line %1: %2. %3</source>
        <translation>Baris %1: %2. %3</translation>
    </message>
    <message>
        <source>A line with warnings needs its justification.</source>
        <translation>Baris yang memiliki peringatan memerlukan alasan.</translation>
    </message>
    <message>
        <source>The proposal has conflicts: %1</source>
        <translation>Usulan memiliki konflik: %1</translation>
    </message>
    <message>
        <source>Line %1 (%2) has warnings but no justification.</source>
        <translation>Baris %1 (%2) memiliki peringatan tetapi tidak ada alasannya.</translation>
    </message>
    <message>
        <source>Proposal %1 has no lines to submit.</source>
        <translation>Usulan %1 tidak memiliki baris untuk diajukan.</translation>
    </message>
    <message>
        <source>Returning a proposal needs notes saying what to correct.</source>
        <translation>Pengembalian usulan memerlukan catatan tentang hal yang harus diperbaiki.</translation>
    </message>
    <message>
        <source>The decision needs the date of the Tim Penilai&apos;s meeting.</source>
        <translation>Keputusan memerlukan tanggal rapat Tim Penilai.</translation>
    </message>
    <message>
        <source>Rejecting a proposal needs notes giving the reason.</source>
        <translation>Penolakan usulan memerlukan catatan yang memuat alasannya.</translation>
    </message>
    <message>
        <source>The decree needs its number and date.</source>
        <translation>SK memerlukan nomor dan tanggal.</translation>
    </message>
    <message>
        <source>%1 no longer holds %2 in %3 as when proposed; nothing was executed.</source>
        <translation>%1 tidak lagi menduduki %2 di %3 seperti saat diusulkan; tidak ada yang dilaksanakan.</translation>
    </message>
    <message>
        <source>Proposal %1 has no decree number.</source>
        <translation>Usulan %1 tidak memiliki nomor SK.</translation>
    </message>
    <message>
        <source>Line %1 of proposal %2 was already executed.</source>
        <translation>Baris %1 dari usulan %2 sudah dilaksanakan.</translation>
    </message>
    <message>
        <source>The TMT %1 of %2 is still to come; execute on or after it.</source>
        <translation>TMT %1 untuk %2 belum tiba; laksanakan pada atau setelah tanggal tersebut.</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) executed</source>
        <translation>
            <numerusform>%n baris dilaksanakan</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelling a proposal needs a reason.</source>
        <translation>Pembatalan usulan memerlukan alasan.</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 di %2</translation>
    </message>
    <message>
        <source>%1 would be over its formasi (formasi %2, bezetting %3) with %4.</source>
        <translation>%1 akan melebihi formasinya (formasi %2, bezetting %3) dengan %4.</translation>
    </message>
    <message>
        <source>The vacancy %1 for %2 is already claimed by the open proposal %3.</source>
        <translation>Lowongan %1 untuk %2 sudah diklaim oleh usulan terbuka %3.</translation>
    </message>
    <message>
        <source>Withdrawing an approved line needs a reason.</source>
        <translation>Penarikan baris yang telah disetujui memerlukan alasan.</translation>
    </message>
    <message>
        <source>There is no approved, not yet executed proposal line with id %1.</source>
        <translation>Tidak ada baris usulan yang disetujui dan belum dilaksanakan dengan id %1.</translation>
    </message>
    <message>
        <source>%1 left the province (transferred out to %2, TMT %3) and cannot be proposed for a transfer.</source>
        <translation>%1 telah keluar dari provinsi (pindah keluar ke %2, TMT %3) dan tidak dapat diusulkan untuk mutasi.</translation>
    </message>
</context>
<context>
    <name>RankCommand</name>
    <message>
        <source>Usage: simutasi-cli rank --db DB --jabatan ID --unit ID [--limit N] [--include-blocked] [--self-requested] [--date YYYY-MM-DD]

Ranks every employee of the province for the jabatan ID in the unit ID: eligible candidates without warnings first, then those with warnings, each by job-person match (JPM), then by surplus in their current post, time in post and last SKP. Each candidate is printed with the result of every eligibility rule and the gaps of the match.
  --limit N          print the first N candidates (default %1; 0 prints all)
  --include-blocked  list blocked candidates too, after the others
  --self-requested   judge a transfer the employee asked for (default: ordered by the agency)
  --date D           the reference date of the rules (default: today)

Exit codes: 0 done; 2 wrong usage, unknown jabatan or unit, or a database that cannot be opened.</source>
        <translation>Penggunaan: simutasi-cli rank --db DB --jabatan ID --unit ID [--limit N] [--include-blocked] [--self-requested] [--date YYYY-MM-DD]

Memeringkat setiap pegawai provinsi untuk jabatan ID di unit ID: kandidat yang memenuhi syarat tanpa peringatan lebih dulu, lalu yang dengan peringatan, masing-masing menurut kesesuaian jabatan-pegawai (JPM), lalu menurut kelebihan pegawai di jabatannya sekarang, masa jabatan dan SKP terakhir. Setiap kandidat ditampilkan dengan hasil setiap aturan kelayakan dan kesenjangan kesesuaiannya.
  --limit N          tampilkan N kandidat pertama (bawaan %1; 0 menampilkan semuanya)
  --include-blocked  tampilkan juga kandidat yang terhalang, setelah yang lain
  --self-requested   nilai mutasi atas permintaan pegawai sendiri (bawaan: atas perintah instansi)
  --date D           tanggal acuan aturan (bawaan: hari ini)

Kode keluar: 0 selesai; 2 penggunaan salah, jabatan atau unit tidak dikenal, atau basis data tidak dapat dibuka.</translation>
    </message>
    <message>
        <source>JPM %1%, %2</source>
        <translation>JPM %1%, %2</translation>
    </message>
    <message>
        <source>from a post in surplus</source>
        <translation>dari jabatan yang kelebihan pegawai</translation>
    </message>
    <message>
        <source>Now: %1, %2, %3</source>
        <translation>Saat ini: %1, %2, %3</translation>
    </message>
    <message>
        <source>Gaps: none</source>
        <translation>Kesenjangan: tidak ada</translation>
    </message>
    <message>
        <source>Gaps: %1</source>
        <translation>Kesenjangan: %1</translation>
    </message>
    <message>
        <source>Candidates for %1 in %2 (reference date %3)</source>
        <translation>Kandidat untuk %1 di %2 (tanggal acuan %3)</translation>
    </message>
    <message>
        <source>--jabatan and --unit are required.</source>
        <translation>--jabatan dan --unit wajib diisi.</translation>
    </message>
    <message>
        <source>There is no unit with id %1.</source>
        <translation>Tidak ada unit dengan id %1.</translation>
    </message>
    <message>
        <source>There is no jabatan with id %1.</source>
        <translation>Tidak ada jabatan dengan id %1.</translation>
    </message>
    <message>
        <source>%1 more candidates not shown (--limit).</source>
        <translation>%1 kandidat lain tidak ditampilkan (--limit).</translation>
    </message>
    <message>
        <source>Judged %1 employees: %2 eligible, %3 blocked.</source>
        <translation>Dinilai %1 pegawai: %2 memenuhi syarat, %3 terhalang.</translation>
    </message>
    <message>
        <source>Blocked candidates are not listed; --include-blocked lists them.</source>
        <translation>Kandidat yang terhalang tidak ditampilkan; gunakan --include-blocked untuk menampilkannya.</translation>
    </message>
</context>
<context>
    <name>ReferenceResolver</name>
    <message>
        <source>Correct the name, or let the import create it (&quot;create missing&quot;).</source>
        <translation>Perbaiki namanya, atau biarkan impor membuatnya (opsi &quot;create missing&quot;).</translation>
    </message>
    <message>
        <source>The OPD &quot;%1&quot; is not in the database.</source>
        <translation>OPD &quot;%1&quot; tidak ada dalam basis data.</translation>
    </message>
    <message>
        <source>There are %1 units named &quot;%2&quot;; name the OPD too (in the OPD column, or as &quot;%2, name of the OPD&quot;).</source>
        <translation>Ada %1 unit kerja bernama &quot;%2&quot;; sebutkan juga OPD-nya (di kolom OPD, atau dengan format &quot;%2, nama OPD&quot;).</translation>
    </message>
    <message>
        <source>%1 has %2 units named &quot;%3&quot;; the import cannot tell which one is meant.</source>
        <translation>%1 memiliki %2 unit kerja bernama &quot;%3&quot;; impor tidak dapat menentukan unit kerja mana yang dimaksud.</translation>
    </message>
    <message>
        <source>The unit &quot;%1&quot; was closed on %2.</source>
        <translation>Unit kerja &quot;%1&quot; telah ditutup pada %2.</translation>
    </message>
    <message>
        <source>The unit &quot;%1&quot; is not in the database.</source>
        <translation>Unit kerja &quot;%1&quot; tidak ada dalam basis data.</translation>
    </message>
    <message>
        <source>The unit &quot;%1&quot; of %2 is not in the database.</source>
        <translation>Unit kerja &quot;%1&quot; pada %2 tidak ada dalam basis data.</translation>
    </message>
    <message>
        <source>The jabatan &quot;%1&quot; is not in the catalogue.</source>
        <translation>Jabatan &quot;%1&quot; tidak ada dalam katalog.</translation>
    </message>
</context>
<context>
    <name>RejectReport</name>
    <message>
        <source>The report %1 could not be saved: %2</source>
        <translation>Laporan %1 tidak dapat disimpan: %2</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Baris</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Kolom</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Nilai</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <source>the file cannot be created</source>
        <translation>berkas tidak dapat dibuat</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Ditolak</translation>
    </message>
</context>
<context>
    <name>ReportCommand</name>
    <message>
        <source>Usage: simutasi-cli report --db DB --list
       simutasi-cli report --db DB NAME [--filter KEY=VALUE ...] --xlsx OUT.xlsx | --csv OUT.csv

Runs the report NAME (see --list) and writes it as a spreadsheet. The file is replaced only once it is complete.
  --list               name the reports, their parts and their filters
  --filter KEY=VALUE   narrow the report; repeatable. Keys: from=YYYY-MM-DD, to=YYYY-MM-DD (period), opd=ID, region=ID (kabupaten/kota), state=CODE, date=YYYY-MM-DD (the &quot;today&quot; of ages, time in post and pensiun; default today)
  --xlsx FILE          write an Excel workbook, one sheet per part
  --csv FILE           write CSV (UTF-8 with BOM, &apos;;&apos; between fields, decimal comma)

Exit codes: 0 written; 1 the file could not be written; 2 wrong usage, unknown report or filter, or a database that cannot be opened or read.</source>
        <translation>Penggunaan: simutasi-cli report --db DB --list
       simutasi-cli report --db DB NAME [--filter KEY=VALUE ...] --xlsx OUT.xlsx | --csv OUT.csv

Menjalankan laporan NAME (lihat --list) dan menuliskannya sebagai lembar kerja. Berkas baru diganti setelah selesai ditulis seluruhnya.
  --list               sebutkan laporan, bagian, dan filternya
  --filter KEY=VALUE   persempit laporan; dapat diulang. Kunci: from=YYYY-MM-DD, to=YYYY-MM-DD (periode), opd=ID, region=ID (kabupaten/kota), state=CODE, date=YYYY-MM-DD (&quot;hari ini&quot; untuk perhitungan usia, lama menjabat, dan pensiun; bawaan hari ini)
  --xlsx FILE          tulis buku kerja Excel, satu lembar per bagian
  --csv FILE           tulis CSV (UTF-8 dengan BOM, &apos;;&apos; di antara kolom, koma desimal)

Kode keluar: 0 ditulis; 1 berkas tidak dapat ditulis; 2 penggunaan salah, laporan atau filter tidak dikenal, atau basis data tidak dapat dibuka atau dibaca.</translation>
    </message>
    <message>
        <source>Parts: %1</source>
        <translation>Bagian: %1</translation>
    </message>
    <message>
        <source>Filters: %1</source>
        <translation>Filter: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>tidak ada</translation>
    </message>
    <message>
        <source>Name a report (see --list).</source>
        <translation>Sebutkan laporan (lihat --list).</translation>
    </message>
    <message>
        <source>There is no report &quot;%1&quot; (see --list).</source>
        <translation>Tidak ada laporan &quot;%1&quot; (lihat --list).</translation>
    </message>
    <message>
        <source>Give one output: --xlsx FILE or --csv FILE.</source>
        <translation>Tentukan satu keluaran: --xlsx FILE atau --csv FILE.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s) written to %2 in %3 ms.</source>
        <translation>
            <numerusform>%1: %n baris ditulis ke %2 dalam %3 ms.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportExporter</name>
    <message>
        <source>The report %1 could not be saved: %2</source>
        <translation>Laporan %1 tidak dapat disimpan: %2</translation>
    </message>
    <message>
        <source>&amp;LSimutasi&amp;RPage &amp;P of &amp;N</source>
        <translation>&amp;LSimutasi&amp;RHalaman &amp;P dari &amp;N</translation>
    </message>
    <message>
        <source>the file cannot be created</source>
        <translation>berkas tidak dapat dibuat</translation>
    </message>
    <message>
        <source>Printed %1</source>
        <translation>Dicetak %1</translation>
    </message>
</context>
<context>
    <name>ReportFilterText</name>
    <message>
        <source>The filter &quot;%1&quot; must be written key=value.</source>
        <translation>Filter &quot;%1&quot; harus ditulis dalam bentuk key=value.</translation>
    </message>
    <message>
        <source>This report has no filter &quot;%1&quot;.</source>
        <translation>Laporan ini tidak memiliki filter &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The filter %1 needs a date YYYY-MM-DD, not &quot;%2&quot;.</source>
        <translation>Filter %1 memerlukan tanggal YYYY-MM-DD, bukan &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>The filter %1 needs an id (a whole number), not &quot;%2&quot;.</source>
        <translation>Filter %1 memerlukan id (bilangan bulat), bukan &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>OPD: %1</source>
        <translation>OPD: %1</translation>
    </message>
    <message>
        <source>Region: %1</source>
        <translation>Wilayah: %1</translation>
    </message>
    <message>
        <source>Period: %1 - %2</source>
        <translation>Periode: %1 - %2</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>Per %1</translation>
    </message>
    <message>
        <source>All data</source>
        <translation>Semua data</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
</context>
<context>
    <name>Shortlist</name>
    <message>
        <source>Employee %1 does not exist.</source>
        <translation>Pegawai %1 tidak ada.</translation>
    </message>
    <message>
        <source>Blocked candidates cannot be shortlisted: %1</source>
        <translation>Kandidat yang terhalang tidak dapat dimasukkan ke daftar pendek: %1</translation>
    </message>
</context>
<context>
    <name>Simutasi::AbkDialog</name>
    <message>
        <source>ABK: %1</source>
        <translation>ABK: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; in %2, %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; di %2, %3</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tugas</translation>
    </message>
    <message>
        <source>Output unit</source>
        <translation>Satuan hasil</translation>
    </message>
    <message>
        <source>Yearly volume</source>
        <translation>Volume per tahun</translation>
    </message>
    <message>
        <source>Time standard (hours)</source>
        <translation>Norma waktu (jam)</translation>
    </message>
    <message>
        <source>Hours per year</source>
        <translation>Jam per tahun</translation>
    </message>
    <message>
        <source>Hours one output takes: 45 minutes = 0.75</source>
        <translation>Jam yang diperlukan untuk satu hasil: 45 menit = 0,75</translation>
    </message>
    <message>
        <source>Yearly volume × time standard</source>
        <translation>Volume per tahun × norma waktu</translation>
    </message>
    <message>
        <source>Add task</source>
        <translation>Tambah tugas</translation>
    </message>
    <message>
        <source>Remove task</source>
        <translation>Hapus tugas</translation>
    </message>
    <message>
        <source> hours per year</source>
        <translation> jam per tahun</translation>
    </message>
    <message>
        <source>Effective working hours of one employee in a year (1,250 by default). A database setting: saving changes it for every ABK.</source>
        <translation>Jam kerja efektif satu pegawai dalam setahun (bawaan 1.250). Ini pengaturan basis data: menyimpannya akan mengubah nilai ini untuk setiap ABK.</translation>
    </message>
    <message>
        <source>Save tasks</source>
        <translation>Simpan tugas</translation>
    </message>
    <message>
        <source>Adopt as formasi</source>
        <translation>Tetapkan sebagai formasi</translation>
    </message>
    <message>
        <source>Effective hours:</source>
        <translation>Jam efektif:</translation>
    </message>
    <message>
        <source>New task</source>
        <translation>Tugas baru</translation>
    </message>
    <message>
        <source>ABK (analisis beban kerja): needed headcount = Σ(yearly volume × time standard) ÷ effective working hours per employee per year (1,250 hours by default). The result is rounded to the nearest whole person, halves up (1.5 → 2, 1.49 → 1), and is at least 1 whenever there is any workload.</source>
        <translation>ABK (analisis beban kerja): kebutuhan pegawai = Σ(volume per tahun × norma waktu) ÷ jam kerja efektif per pegawai per tahun (bawaan 1.250 jam). Hasilnya dibulatkan ke jumlah orang terdekat, dengan setengah dibulatkan ke atas (1,5 → 2, 1,49 → 1), dan paling sedikit 1 bila ada beban kerja.</translation>
    </message>
    <message>
        <source>Formasi now: %1 · bezetting: %2</source>
        <translation>Formasi saat ini: %1 · bezetting: %2</translation>
    </message>
    <message>
        <source>Needed headcount: %1</source>
        <translation>Kebutuhan pegawai: %1</translation>
    </message>
    <message>
        <source>Σ(volume × time standard) = %1 hours ÷ %2 effective hours = %3 → %4 (rounded to the nearest whole person, halves up)</source>
        <translation>Σ(volume × norma waktu) = %1 jam ÷ %2 jam efektif = %3 → %4 (dibulatkan ke jumlah orang terdekat, setengah dibulatkan ke atas)</translation>
    </message>
    <message>
        <source>Adopt %1 as formasi</source>
        <translation>Tetapkan %1 sebagai formasi</translation>
    </message>
    <message>
        <source>ABK not saved</source>
        <translation>ABK tidak disimpan</translation>
    </message>
    <message>
        <source>Every task needs a name.</source>
        <translation>Setiap tugas harus diberi nama.</translation>
    </message>
    <message>
        <source>Set the formasi of %1 in %2 from %3 to %4? The tasks are saved as well, and the change is recorded in the audit trail.</source>
        <translation>Ubah formasi %1 di %2 dari %3 menjadi %4? Tugas-tugasnya juga disimpan, dan perubahan ini dicatat dalam jejak audit.</translation>
    </message>
    <message>
        <source>Formasi not changed</source>
        <translation>Formasi tidak diubah</translation>
    </message>
</context>
<context>
    <name>Simutasi::AddFormasiDialog</name>
    <message>
        <source>Add jabatan to the formasi</source>
        <translation>Tambah jabatan ke formasi</translation>
    </message>
    <message>
        <source>Choose a jabatan for the formasi of &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation>Pilih jabatan untuk formasi &lt;b&gt;%1&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Find a jabatan</source>
        <translation>Cari jabatan</translation>
    </message>
    <message>
        <source>%1  —  %2</source>
        <translation>%1  —  %2</translation>
    </message>
    <message>
        <source>&amp;Formasi (required headcount):</source>
        <translation>&amp;Formasi (jumlah kebutuhan):</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Tambah</translation>
    </message>
</context>
<context>
    <name>Simutasi::AssessedLevelDialog</name>
    <message>
        <source>Edit assessed level</source>
        <translation>Ubah level hasil penilaian</translation>
    </message>
    <message>
        <source>Record assessed level</source>
        <translation>Catat level hasil penilaian</translation>
    </message>
    <message>
        <source>e.g. Assessment Center BKD 2025, uji kompetensi</source>
        <translation>mis. Assessment Center BKD 2025, uji kompetensi</translation>
    </message>
    <message>
        <source>Competency</source>
        <translation>Kompetensi</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Assessed on</source>
        <translation>Tanggal penilaian</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Sumber</translation>
    </message>
    <message>
        <source>(level %1 is not described in the dictionary)</source>
        <translation>(level %1 tidak diuraikan dalam kamus)</translation>
    </message>
</context>
<context>
    <name>Simutasi::AuditDialog</name>
    <message>
        <source>Audit trail</source>
        <translation>Jejak audit</translation>
    </message>
    <message>
        <source>any user</source>
        <translation>semua pengguna</translation>
    </message>
    <message>
        <source>any entity</source>
        <translation>semua entitas</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Tampilkan</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Pengguna:</translation>
    </message>
    <message>
        <source>Entity:</source>
        <translation>Entitas:</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Dari:</translation>
    </message>
    <message>
        <source>to:</source>
        <translation>sampai:</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Pengguna</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Tindakan</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Entitas</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Rekaman</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Isian</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Sebelum</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Sesudah</translation>
    </message>
    <message>
        <source>Show older</source>
        <translation>Tampilkan yang lebih lama</translation>
    </message>
    <message>
        <source>Verify chain</source>
        <translation>Verifikasi rantai</translation>
    </message>
    <message>
        <source>Newest %1 entries</source>
        <translation>%1 entri terbaru</translation>
    </message>
    <message numerus="yes">
        <source>%n entr(y/ies)</source>
        <translation>
            <numerusform>%n entri</numerusform>
        </translation>
    </message>
    <message>
        <source>Chain intact: %1 entries checked, none changed, removed or reordered.</source>
        <translation>Rantai utuh: %1 entri diperiksa, tidak ada yang diubah, dihapus, atau diubah urutannya.</translation>
    </message>
    <message>
        <source>Chain broken at entry #%1: %2</source>
        <translation>Rantai terputus pada entri #%1: %2</translation>
    </message>
    <message>
        <source>Check that no entry was changed, removed or reordered outside Simutasi</source>
        <translation>Periksa bahwa tidak ada entri yang diubah, dihapus, atau diubah urutannya di luar Simutasi</translation>
    </message>
    <message>
        <source>The chain could not be checked: %1</source>
        <translation>Rantai tidak dapat diperiksa: %1</translation>
    </message>
    <message>
        <source>Checking the chain of every entry…</source>
        <translation>Memeriksa rantai setiap entri…</translation>
    </message>
</context>
<context>
    <name>Simutasi::AuditTrailView</name>
    <message>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <source>Front title</source>
        <translation>Gelar depan</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Back title</source>
        <translation>Gelar belakang</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Jenis kelamin</translation>
    </message>
    <message>
        <source>Place of birth</source>
        <translation>Tempat lahir</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Tanggal lahir</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Golongan</source>
        <translation>Golongan</translation>
    </message>
    <message>
        <source>TMT golongan</source>
        <translation>TMT golongan</translation>
    </message>
    <message>
        <source>Jabatan</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <source>Unit kerja</source>
        <translation>Unit kerja</translation>
    </message>
    <message>
        <source>TMT jabatan</source>
        <translation>TMT jabatan</translation>
    </message>
    <message>
        <source>Education level</source>
        <translation>Jenjang pendidikan</translation>
    </message>
    <message>
        <source>Field of education</source>
        <translation>Jurusan</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <source>TMT</source>
        <translation>TMT</translation>
    </message>
    <message>
        <source>SK number</source>
        <translation>Nomor SK</translation>
    </message>
    <message>
        <source>SK date</source>
        <translation>Tanggal SK</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Tahun</translation>
    </message>
    <message>
        <source>Predicate</source>
        <translation>Predikat</translation>
    </message>
    <message>
        <source>Organizer</source>
        <translation>Penyelenggara</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Mulai</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Sampai</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Jam pelajaran</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Tingkat</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Keterangan</translation>
    </message>
    <message>
        <source>Riwayat jabatan</source>
        <translation>Riwayat jabatan</translation>
    </message>
    <message>
        <source>Riwayat pangkat</source>
        <translation>Riwayat pangkat</translation>
    </message>
    <message>
        <source>SKP</source>
        <translation>SKP</translation>
    </message>
    <message>
        <source>Diklat</source>
        <translation>Diklat</translation>
    </message>
    <message>
        <source>Hukuman disiplin</source>
        <translation>Hukuman disiplin</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Oleh</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Tindakan</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Isian</translation>
    </message>
    <message>
        <source>Old value</source>
        <translation>Nilai lama</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>Nilai baru</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>%1 #%2 · %3</source>
        <translation>%1 #%2 · %3</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Dibuat</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Diubah</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Dihapus</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Impor</translation>
    </message>
    <message>
        <source>No changes recorded yet. Every saved change will be listed here: who, when, and the old and new value.</source>
        <translation>Belum ada perubahan yang tercatat. Setiap perubahan yang disimpan akan ditampilkan di sini: siapa, kapan, serta nilai lama dan nilai barunya.</translation>
    </message>
    <message>
        <source>1 change recorded. The list cannot be edited.</source>
        <translation>1 perubahan tercatat. Daftar ini tidak dapat diubah.</translation>
    </message>
    <message>
        <source>%1 changes recorded, newest first. The list cannot be edited.</source>
        <translation>%1 perubahan tercatat, yang terbaru di atas. Daftar ini tidak dapat diubah.</translation>
    </message>
</context>
<context>
    <name>Simutasi::CandidateReasonsView</name>
    <message>
        <source>Rule</source>
        <translation>Aturan</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Hasil</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <source>Select a candidate to see every eligibility rule and the job-person match.</source>
        <translation>Pilih calon untuk melihat setiap aturan kelayakan dan kesesuaian jabatan-pegawai.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 · now %3, %4 · &lt;span style=&apos;color:%5&apos;&gt;&lt;b&gt;%6&lt;/b&gt;&lt;/span&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2 · saat ini %3, %4 · &lt;span style=&apos;color:%5&apos;&gt;&lt;b&gt;%6&lt;/b&gt;&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Job-person match %1&lt;/b&gt;: every requirement is met.</source>
        <translation>&lt;b&gt;Kesesuaian jabatan-pegawai %1&lt;/b&gt;: semua persyaratan terpenuhi.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Job-person match %1&lt;/b&gt;. Not met: %2</source>
        <translation>&lt;b&gt;Kesesuaian jabatan-pegawai %1&lt;/b&gt;. Tidak terpenuhi: %2</translation>
    </message>
</context>
<context>
    <name>Simutasi::CandidateSearchPage</name>
    <message>
        <source>Candidates</source>
        <translation>Calon</translation>
    </message>
    <message>
        <source>Eligible candidates first, then by job-person match (JPM), then tie-breakers; hover over the # column for the full order. Select a candidate to see every rule.</source>
        <translation>Calon yang memenuhi syarat ditampilkan lebih dulu, lalu diurutkan menurut kesesuaian jabatan-pegawai (JPM), kemudian menurut penentu urutan berikutnya; arahkan penunjuk ke kolom # untuk melihat urutan lengkapnya. Pilih calon untuk melihat setiap aturan.</translation>
    </message>
    <message>
        <source>Show blocked candidates</source>
        <translation>Tampilkan calon yang terhalang</translation>
    </message>
    <message>
        <source>Blocked candidates can be looked at, but not shortlisted</source>
        <translation>Calon yang terhalang dapat dilihat, tetapi tidak dapat dimasukkan ke daftar pendek</translation>
    </message>
    <message>
        <source>Ordered by the agency</source>
        <translation>Atas perintah instansi</translation>
    </message>
    <message>
        <source>Requested by the employee</source>
        <translation>Atas permintaan pegawai</translation>
    </message>
    <message>
        <source>Within 10 years of the CPNS appointment an employee may not ask for a transfer; the agency may order one</source>
        <translation>Dalam 10 tahun sejak pengangkatan CPNS, pegawai tidak boleh meminta mutasi; instansi boleh memerintahkan mutasi</translation>
    </message>
    <message>
        <source>Loading the employees of the province…</source>
        <translation>Memuat pegawai provinsi…</translation>
    </message>
    <message>
        <source>Note; a justification is required for a candidate with warnings</source>
        <translation>Catatan; justifikasi wajib diisi untuk calon yang memiliki peringatan</translation>
    </message>
    <message>
        <source>Add to shortlist</source>
        <translation>Tambahkan ke daftar pendek</translation>
    </message>
    <message>
        <source>The jabatan no longer exists.</source>
        <translation>Jabatan tersebut sudah tidak ada.</translation>
    </message>
    <message>
        <source>%1 employees judged: %2 eligible, %3 blocked%4</source>
        <translation>%1 pegawai dinilai: %2 memenuhi syarat, %3 terhalang%4</translation>
    </message>
    <message>
        <source> (shown last)</source>
        <translation> (ditampilkan terakhir)</translation>
    </message>
    <message>
        <source>A blocked candidate cannot be shortlisted</source>
        <translation>Calon yang terhalang tidak dapat dimasukkan ke daftar pendek</translation>
    </message>
    <message>
        <source>Justification needed</source>
        <translation>Justifikasi diperlukan</translation>
    </message>
    <message>
        <source>This candidate has warnings. Write why the transfer is still proposed in the note before adding them to the shortlist.</source>
        <translation>Calon ini memiliki peringatan. Tuliskan dalam catatan alasan mutasi tetap diusulkan sebelum menambahkannya ke daftar pendek.</translation>
    </message>
    <message>
        <source>Not added to the shortlist</source>
        <translation>Tidak ditambahkan ke daftar pendek</translation>
    </message>
    <message>
        <source>No vacancy chosen.</source>
        <translation>Belum ada lowongan yang dipilih.</translation>
    </message>
    <message>
        <source>%1 · %2 shortlisted</source>
        <translation>%1 · %2 dalam daftar pendek</translation>
    </message>
    <message>
        <source>Nobody is on the shortlist of this vacancy yet.</source>
        <translation>Belum ada seorang pun dalam daftar pendek lowongan ini.</translation>
    </message>
    <message>
        <source>On the shortlist (%1): %2</source>
        <translation>Dalam daftar pendek (%1): %2</translation>
    </message>
</context>
<context>
    <name>Simutasi::CloseUnitDialog</name>
    <message>
        <source>Close unit</source>
        <translation>Tutup unit kerja</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; will be shown as closed from this date on. It stays in the records, with its history and its formasi.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; akan ditampilkan sebagai ditutup mulai tanggal ini. Unit kerja ini tetap tersimpan dalam catatan, beserta riwayat dan formasinya.</translation>
    </message>
    <message>
        <source>%1 employees are still placed in this branch. They keep their post until they are transferred.</source>
        <translation>%1 pegawai masih ditempatkan di unit kerja ini dan unit-unit di bawahnya. Mereka tetap pada jabatannya sampai dimutasi.</translation>
    </message>
    <message>
        <source>Closed on:</source>
        <translation>Ditutup pada:</translation>
    </message>
    <message>
        <source>The open unit below it is closed on the same date.</source>
        <translation>Unit kerja aktif di bawahnya juga ditutup pada tanggal yang sama.</translation>
    </message>
    <message>
        <source>The %1 open units below it are closed on the same date.</source>
        <translation>%1 unit kerja aktif di bawahnya juga ditutup pada tanggal yang sama.</translation>
    </message>
</context>
<context>
    <name>Simutasi::CompetencyDialog</name>
    <message>
        <source>Edit competency</source>
        <translation>Ubah kompetensi</translation>
    </message>
    <message>
        <source>New competency</source>
        <translation>Kompetensi baru</translation>
    </message>
    <message>
        <source>short code, e.g. PED</source>
        <translation>kode singkat, mis. PED</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Uraian</translation>
    </message>
    <message>
        <source>what an employee at level %1 can do</source>
        <translation>apa yang dapat dilakukan pegawai pada level %1</translation>
    </message>
    <message>
        <source>Level %1</source>
        <translation>Level %1</translation>
    </message>
</context>
<context>
    <name>Simutasi::CompetencyDictionaryModel</name>
    <message>
        <source>Technical</source>
        <translation>Teknis</translation>
    </message>
    <message>
        <source>Managerial</source>
        <translation>Manajerial</translation>
    </message>
    <message>
        <source>Socio-cultural</source>
        <translation>Sosial kultural</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 dari %2</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Tidak aktif</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktif</translation>
    </message>
    <message>
        <source>Competency</source>
        <translation>Kompetensi</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Levels described</source>
        <translation>Level yang diuraikan</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>Simutasi::CompetencyDictionaryView</name>
    <message>
        <source>&amp;Add competency…</source>
        <translation>&amp;Tambah kompetensi…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Ubah…</translation>
    </message>
    <message>
        <source>&amp;Retire</source>
        <translation>&amp;Nonaktifkan</translation>
    </message>
    <message>
        <source>A retired competency stays in the profiles and assessments that name it, but is no longer offered for new ones.</source>
        <translation>Kompetensi yang dinonaktifkan tetap ada dalam profil dan asesmen yang menyebutnya, tetapi tidak lagi ditawarkan untuk profil dan asesmen baru.</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Hapus</translation>
    </message>
    <message>
        <source>Only a competency that no assessment and no jabatan names can be removed.</source>
        <translation>Hanya kompetensi yang tidak disebut oleh asesmen atau jabatan mana pun yang dapat dihapus.</translation>
    </message>
    <message>
        <source>Choose a competency to see what its levels mean.</source>
        <translation>Pilih kompetensi untuk melihat arti setiap levelnya.</translation>
    </message>
    <message>
        <source>Re&amp;instate</source>
        <translation>A&amp;ktifkan kembali</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>tidak aktif</translation>
    </message>
    <message>
        <source>Assessed for %1 employees · required by %2 jabatan</source>
        <translation>Dinilai pada %1 pegawai · dipersyaratkan oleh %2 jabatan</translation>
    </message>
    <message>
        <source>Level %1</source>
        <translation>Level %1</translation>
    </message>
    <message>
        <source>not described</source>
        <translation>belum diuraikan</translation>
    </message>
    <message>
        <source>The competency was not added</source>
        <translation>Kompetensi tidak ditambahkan</translation>
    </message>
    <message>
        <source>The competency was not changed</source>
        <translation>Kompetensi tidak diubah</translation>
    </message>
    <message>
        <source>Competency in use</source>
        <translation>Kompetensi sedang digunakan</translation>
    </message>
    <message>
        <source>Remove competency?</source>
        <translation>Hapus kompetensi?</translation>
    </message>
    <message>
        <source>Remove %1 from the dictionary? Nothing refers to it.</source>
        <translation>Hapus %1 dari kamus? Tidak ada data yang merujuk ke kompetensi ini.</translation>
    </message>
    <message>
        <source>The competency was not removed</source>
        <translation>Kompetensi tidak dihapus</translation>
    </message>
</context>
<context>
    <name>Simutasi::CompetencyPage</name>
    <message>
        <source>Competency dictionary</source>
        <translation>Kamus kompetensi</translation>
    </message>
    <message>
        <source>Employee profile</source>
        <translation>Profil pegawai</translation>
    </message>
    <message>
        <source>Jabatan requirements</source>
        <translation>Persyaratan jabatan</translation>
    </message>
    <message>
        <source>9-box talent grid</source>
        <translation>Matriks talenta 9 kotak</translation>
    </message>
    <message>
        <source>Data quality</source>
        <translation>Kualitas data</translation>
    </message>
    <message>
        <source>How the job-person match and the 9-box grid are computed</source>
        <translation>Cara menghitung kesesuaian jabatan-pegawai dan matriks 9 kotak</translation>
    </message>
    <message>
        <source>Competencies</source>
        <translation>Kompetensi</translation>
    </message>
    <message>
        <source>The competency dictionary, employee profiles and jabatan requirements, the job-person match (JPM), the 9-box talent grid and the quality of the competency data</source>
        <translation>Kamus kompetensi, profil pegawai dan persyaratan jabatan, kesesuaian jabatan-pegawai (JPM), matriks talenta 9 kotak, serta kualitas data kompetensi</translation>
    </message>
    <message>
        <source>Employee not found</source>
        <translation>Pegawai tidak ditemukan</translation>
    </message>
    <message>
        <source>This employee is no longer in the database.</source>
        <translation>Pegawai ini sudah tidak ada dalam basis data.</translation>
    </message>
    <message>
        <source>Job-person match (JPM)</source>
        <translation>Kesesuaian jabatan-pegawai (JPM)</translation>
    </message>
    <message>
        <source>How the JPM and the 9-box grid are computed</source>
        <translation>Cara menghitung JPM dan matriks 9 kotak</translation>
    </message>
</context>
<context>
    <name>Simutasi::DataQualityModel</name>
    <message>
        <source>Double-click to list the employees: %1</source>
        <translation>Klik ganda untuk menampilkan daftar pegawai: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Employees assessed on every competency their jabatan requires (at least one competency when the jabatan has no requirement profile)</source>
        <translation>Pegawai yang telah dinilai pada setiap kompetensi yang dipersyaratkan jabatannya (minimal satu kompetensi bila jabatan tidak memiliki profil persyaratan)</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Pegawai</translation>
    </message>
    <message>
        <source>Competency data
complete</source>
        <translation>Data kompetensi
lengkap</translation>
    </message>
    <message>
        <source>SKP %1
missing</source>
        <translation>SKP %1
belum ada</translation>
    </message>
    <message>
        <source>NIP ≠ birth
date/gender</source>
        <translation>NIP ≠ tanggal
lahir/jenis kelamin</translation>
    </message>
    <message>
        <source>Education field
missing</source>
        <translation>Jurusan pendidikan
tidak diisi</translation>
    </message>
</context>
<context>
    <name>Simutasi::DataQualityView</name>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;Muat ulang</translation>
    </message>
    <message>
        <source>Double-click a figure in the board to list the employees behind it.</source>
        <translation>Klik ganda angka pada papan untuk menampilkan daftar pegawai di baliknya.</translation>
    </message>
    <message>
        <source>No database open.</source>
        <translation>Belum ada basis data yang dibuka.</translation>
    </message>
    <message>
        <source>The board could not be counted: %1</source>
        <translation>Papan tidak dapat dihitung: %1</translation>
    </message>
    <message>
        <source>%1 OPDs, %2 employees; competency data complete for %3%. Sort by any column; double-click a figure to see the employees behind it.</source>
        <translation>%1 OPD, %2 pegawai; data kompetensi lengkap untuk %3%. Urutkan menurut kolom mana pun; klik ganda angka untuk melihat pegawai di baliknya.</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Menghitung…</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Listing the employees…</source>
        <translation>Menyusun daftar pegawai…</translation>
    </message>
</context>
<context>
    <name>Simutasi::DecisionDialog</name>
    <message>
        <source>Decision of the Tim Penilai</source>
        <translation>Keputusan Tim Penilai</translation>
    </message>
    <message>
        <source>Reject the whole proposal</source>
        <translation>Tolak seluruh usulan</translation>
    </message>
    <message>
        <source>Meeting date:</source>
        <translation>Tanggal rapat:</translation>
    </message>
    <message>
        <source>Decision notes:</source>
        <translation>Catatan keputusan:</translation>
    </message>
    <message>
        <source>Reasons (required):</source>
        <translation>Alasan (wajib):</translation>
    </message>
    <message>
        <source>Every line is approved unless you untick it; a rejected line needs a note. When every line is rejected, the proposal is rejected.</source>
        <translation>Setiap baris disetujui kecuali Anda menghapus centangnya; baris yang ditolak memerlukan catatan. Bila semua baris ditolak, usulan ditolak.</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Setujui</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>Pegawai</translation>
    </message>
    <message>
        <source>From → To</source>
        <translation>Dari → Ke</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Record decision</source>
        <translation>Catat keputusan</translation>
    </message>
    <message>
        <source>Reject proposal</source>
        <translation>Tolak usulan</translation>
    </message>
</context>
<context>
    <name>Simutasi::DecreeSettingsDialog</name>
    <message>
        <source>Decree and e-mail settings</source>
        <translation>Pengaturan SK dan e-mail</translation>
    </message>
    <message>
        <source>The texts every decree is printed with, the letterhead and paper, and the mailbox notifications are sent from. Stored in the database for every user; changes are recorded in the audit trail. Decrees already issued keep their own text.</source>
        <translation>Teks yang dicetak pada setiap SK, kop surat dan kertas, serta kotak surat pengirim pemberitahuan. Disimpan dalam basis data untuk semua pengguna; perubahan dicatat dalam jejak audit. SK yang sudah diterbitkan tetap memakai teksnya sendiri.</translation>
    </message>
    <message>
        <source>Decree text</source>
        <translation>Teks SK</translation>
    </message>
    <message>
        <source>Letterhead &amp;&amp; paper</source>
        <translation>Kop surat &amp;&amp; kertas</translation>
    </message>
    <message>
        <source>E-mail (SMTP)</source>
        <translation>E-mail (SMTP)</translation>
    </message>
    <message>
        <source>Placeholders: {klasifikasi}, {nomor}, {unit}, {bulan romawi}, {bulan}, {tahun}. {nomor} is required.</source>
        <translation>Penanda tempat: {klasifikasi}, {nomor}, {unit}, {bulan romawi}, {bulan}, {tahun}. {nomor} wajib ada.</translation>
    </message>
    <message>
        <source> digits</source>
        <translation> digit</translation>
    </message>
    <message>
        <source>Number template:</source>
        <translation>Templat nomor:</translation>
    </message>
    <message>
        <source>Next number:</source>
        <translation>Nomor berikutnya:</translation>
    </message>
    <message>
        <source>Klasifikasi:</source>
        <translation>Klasifikasi:</translation>
    </message>
    <message>
        <source>Unit code:</source>
        <translation>Kode unit kerja:</translation>
    </message>
    <message>
        <source>Ditetapkan di:</source>
        <translation>Ditetapkan di:</translation>
    </message>
    <message>
        <source>One item per line.</source>
        <translation>Satu butir per baris.</translation>
    </message>
    <message>
        <source>Menimbang:</source>
        <translation>Menimbang:</translation>
    </message>
    <message>
        <source>Mengingat:</source>
        <translation>Mengingat:</translation>
    </message>
    <message>
        <source>Tembusan:</source>
        <translation>Tembusan:</translation>
    </message>
    <message>
        <source>Definitive</source>
        <translation>Definitif</translation>
    </message>
    <message>
        <source>On behalf (a.n.)</source>
        <translation>Atas nama (a.n.)</translation>
    </message>
    <message>
        <source>Acting (Plt.)</source>
        <translation>Pelaksana tugas (Plt.)</translation>
    </message>
    <message>
        <source>Signatory:</source>
        <translation>Penandatangan:</translation>
    </message>
    <message>
        <source>Signer&apos;s post (a.n.):</source>
        <translation>Jabatan penandatangan (a.n.):</translation>
    </message>
    <message>
        <source>Signer&apos;s name:</source>
        <translation>Nama penandatangan:</translation>
    </message>
    <message>
        <source>Pangkat:</source>
        <translation>Pangkat:</translation>
    </message>
    <message>
        <source>NIP:</source>
        <translation>NIP:</translation>
    </message>
    <message>
        <source>Authority (above the SK):</source>
        <translation>Pejabat berwenang (di atas SK):</translation>
    </message>
    <message>
        <source>Government:</source>
        <translation>Pemerintah:</translation>
    </message>
    <message>
        <source>Agency:</source>
        <translation>Instansi:</translation>
    </message>
    <message>
        <source>Address line:</source>
        <translation>Baris alamat:</translation>
    </message>
    <message>
        <source>Choose image…</source>
        <translation>Pilih gambar…</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Tanpa logo</translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation>Logo:</translation>
    </message>
    <message>
        <source>F4 / Folio (215 × 330 mm)</source>
        <translation>F4 / Folio (215 × 330 mm)</translation>
    </message>
    <message>
        <source>A4 (210 × 297 mm)</source>
        <translation>A4 (210 × 297 mm)</translation>
    </message>
    <message>
        <source>Paper:</source>
        <translation>Kertas:</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Kiri</translation>
    </message>
    <message>
        <source>Top</source>
        <translation>Atas</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Kanan</translation>
    </message>
    <message>
        <source>Bottom</source>
        <translation>Bawah</translation>
    </message>
    <message>
        <source>Margins:</source>
        <translation>Margin:</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Tidak ada</translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Port:</translation>
    </message>
    <message>
        <source>Security:</source>
        <translation>Keamanan:</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Pengguna:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Kata sandi:</translation>
    </message>
    <message>
        <source>Sender address:</source>
        <translation>Alamat pengirim:</translation>
    </message>
    <message>
        <source>Sender name:</source>
        <translation>Nama pengirim:</translation>
    </message>
    <message>
        <source>The password is stored in the database in clear text: protect the database file accordingly.</source>
        <translation>Kata sandi disimpan dalam basis data sebagai teks biasa: lindungi berkas basis data dengan semestinya.</translation>
    </message>
    <message>
        <source>Letterhead logo</source>
        <translation>Logo kop surat</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.bmp)</source>
        <translation>Gambar (*.png *.jpg *.jpeg *.bmp)</translation>
    </message>
    <message>
        <source>Logo not loaded</source>
        <translation>Logo tidak dimuat</translation>
    </message>
    <message>
        <source>%1 is not an image this program can read.</source>
        <translation>%1 bukan gambar yang dapat dibaca program ini.</translation>
    </message>
    <message>
        <source>Settings not saved</source>
        <translation>Pengaturan tidak disimpan</translation>
    </message>
    <message>
        <source>Only an administrator may change these settings.</source>
        <translation>Hanya administrator yang dapat mengubah pengaturan ini.</translation>
    </message>
    <message>
        <source>The SMTP port must be between 1 and %1.</source>
        <translation>Port SMTP harus antara 1 dan %1.</translation>
    </message>
    <message>
        <source>E-mail settings not saved</source>
        <translation>Pengaturan e-mail tidak disimpan</translation>
    </message>
    <message>
        <source>The decree texts were saved, the e-mail settings not: %1</source>
        <translation>Teks SK telah disimpan, tetapi pengaturan e-mail tidak: %1</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
</context>
<context>
    <name>Simutasi::DecreesPage</name>
    <message>
        <source>Acknowledged %1</source>
        <translation>Diterima %1</translation>
    </message>
    <message>
        <source>Keberatan %1: %2</source>
        <translation>Keberatan %1: %2</translation>
    </message>
    <message>
        <source>Waiting for an answer</source>
        <translation>Menunggu jawaban</translation>
    </message>
    <message>
        <source>Upheld %1</source>
        <translation>Dikabulkan %1</translation>
    </message>
    <message>
        <source>Rejected %1</source>
        <translation>Ditolak %1</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Belum diputus</translation>
    </message>
    <message>
        <source>Decrees &amp; Notification</source>
        <translation>SK &amp; Pemberitahuan</translation>
    </message>
    <message>
        <source>Issue the decree (SK) of an approved proposal, print it with its Lampiran, petikan and letters, and follow the notification of every employee.</source>
        <translation>Terbitkan SK dari usulan yang disetujui, cetak SK beserta Lampiran, petikan, dan suratnya, serta pantau pemberitahuan kepada setiap pegawai.</translation>
    </message>
    <message>
        <source>Issue decree…</source>
        <translation>Terbitkan SK…</translation>
    </message>
    <message>
        <source>Print preview…</source>
        <translation>Pratinjau cetak…</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>Simpan PDF…</translation>
    </message>
    <message>
        <source>Save petikan and letters…</source>
        <translation>Simpan petikan dan surat…</translation>
    </message>
    <message>
        <source>Send e-mails</source>
        <translation>Kirim e-mail</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nomor</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Usulan</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Pegawai</translation>
    </message>
    <message>
        <source>Informed</source>
        <translation>Diberi tahu</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Diterima</translation>
    </message>
    <message>
        <source>Objected</source>
        <translation>Keberatan</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Menunggu</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Saluran</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Jawaban</translation>
    </message>
    <message>
        <source>Objection decided</source>
        <translation>Keberatan diputus</translation>
    </message>
    <message>
        <source>Letter handed over…</source>
        <translation>Surat diserahkan…</translation>
    </message>
    <message>
        <source>Acknowledged…</source>
        <translation>Diterima…</translation>
    </message>
    <message>
        <source>Keberatan…</source>
        <translation>Keberatan…</translation>
    </message>
    <message>
        <source>Decide keberatan…</source>
        <translation>Putuskan keberatan…</translation>
    </message>
    <message>
        <source>Choose a decree to see the notification of its employees.</source>
        <translation>Pilih SK untuk melihat pemberitahuan kepada para pegawainya.</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Surat</translation>
    </message>
    <message>
        <source>%1 employees: %2 informed, %3 acknowledged, %4 objected (%5 open), %6 waiting.</source>
        <translation>%1 pegawai: %2 diberi tahu, %3 menerima, %4 mengajukan keberatan (%5 belum diputus), %6 menunggu.</translation>
    </message>
    <message>
        <source>Issue decree</source>
        <translation>Terbitkan SK</translation>
    </message>
    <message>
        <source>No proposal is approved and waiting for its decree.</source>
        <translation>Tidak ada usulan yang telah disetujui dan menunggu SK-nya.</translation>
    </message>
    <message>
        <source>%1 – %2 (%3 approved)</source>
        <translation>%1 – %2 (%3 disetujui)</translation>
    </message>
    <message>
        <source>Approved proposal:</source>
        <translation>Usulan yang disetujui:</translation>
    </message>
    <message>
        <source>Decree date:</source>
        <translation>Tanggal SK:</translation>
    </message>
    <message>
        <source>Print preview: decree %1</source>
        <translation>Pratinjau cetak: SK %1</translation>
    </message>
    <message>
        <source>Save decree as PDF</source>
        <translation>Simpan SK sebagai PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation>Simpan PDF</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Tidak dapat menulis %1.</translation>
    </message>
    <message>
        <source>Folder for the petikan and letters</source>
        <translation>Folder untuk petikan dan surat</translation>
    </message>
    <message>
        <source>Save petikan and letters</source>
        <translation>Simpan petikan dan surat</translation>
    </message>
    <message>
        <source>Cannot write into %1.</source>
        <translation>Tidak dapat menulis ke dalam %1.</translation>
    </message>
    <message>
        <source>%1 petikan and %1 letters written to %2.</source>
        <translation>%1 petikan dan %1 surat ditulis ke %2.</translation>
    </message>
    <message>
        <source>The SMTP server is not configured yet (database settings smtp/host and smtp/from_address).</source>
        <translation>Server SMTP belum dikonfigurasi (pengaturan basis data smtp/host dan smtp/from_address).</translation>
    </message>
    <message>
        <source>%1 e-mails queued, %2 sent, %3 failed.</source>
        <translation>%1 e-mail dalam antrean, %2 terkirim, %3 gagal.</translation>
    </message>
    <message>
        <source>Letter handed over</source>
        <translation>Surat diserahkan</translation>
    </message>
    <message>
        <source>Handed over on:</source>
        <translation>Diserahkan pada:</translation>
    </message>
    <message>
        <source>Acknowledged on:</source>
        <translation>Diterima pada:</translation>
    </message>
    <message>
        <source>Keberatan</source>
        <translation>Keberatan</translation>
    </message>
    <message>
        <source>Received on:</source>
        <translation>Diterima pada:</translation>
    </message>
    <message>
        <source>Reason given:</source>
        <translation>Alasan yang diajukan:</translation>
    </message>
    <message>
        <source>Decide keberatan</source>
        <translation>Putuskan keberatan</translation>
    </message>
    <message>
        <source>Rejected: the transfer proceeds</source>
        <translation>Ditolak: mutasi tetap dilaksanakan</translation>
    </message>
    <message>
        <source>Decision:</source>
        <translation>Keputusan:</translation>
    </message>
    <message>
        <source>Decided on:</source>
        <translation>Diputus pada:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Catatan:</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Pengaturan…</translation>
    </message>
    <message>
        <source>Upheld: this employee&apos;s transfer is withdrawn</source>
        <translation>Dikabulkan: mutasi pegawai ini ditarik</translation>
    </message>
</context>
<context>
    <name>Simutasi::EligibilityRulesDialog</name>
    <message>
        <source>Eligibility rules</source>
        <translation>Aturan kelayakan</translation>
    </message>
    <message>
        <source>When a PNS may be transferred. A blocking rule keeps a candidate off every shortlist; a warning lets the officer go on with a recorded justification. A rule that is off is not checked. The rules apply to every ranking, shortlist and the command line alike.</source>
        <translation>Kapan seorang PNS dapat dimutasi. Aturan penghalang mengeluarkan calon dari setiap daftar pendek; peringatan memungkinkan petugas melanjutkan dengan justifikasi yang dicatat. Aturan yang dinonaktifkan tidak diperiksa. Aturan ini berlaku sama untuk setiap pemeringkatan, daftar pendek, dan baris perintah.</translation>
    </message>
    <message>
        <source>Blocking</source>
        <translation>Menghalangi</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Peringatan</translation>
    </message>
    <message>
        <source>at least </source>
        <translation>minimal </translation>
    </message>
    <message>
        <source>rotation due after </source>
        <translation>waktunya rotasi setelah </translation>
    </message>
    <message>
        <source>Restore defaults</source>
        <translation>Kembalikan ke bawaan</translation>
    </message>
    <message>
        <source>Put every rule back to its default; nothing is stored until Save</source>
        <translation>Kembalikan setiap aturan ke nilai bawaannya; tidak ada yang disimpan sebelum Anda menekan Simpan</translation>
    </message>
    <message>
        <source> months</source>
        <translation> bulan</translation>
    </message>
    <message>
        <source> years</source>
        <translation> tahun</translation>
    </message>
    <message>
        <source>Rules not saved</source>
        <translation>Aturan tidak disimpan</translation>
    </message>
</context>
<context>
    <name>Simutasi::EmployeeCompetencyView</name>
    <message>
        <source>Managerial</source>
        <translation>Manajerial</translation>
    </message>
    <message>
        <source>Socio-cultural</source>
        <translation>Sosial kultural</translation>
    </message>
    <message>
        <source>Potential</source>
        <translation>Potensial</translation>
    </message>
    <message>
        <source>Search by name or NIP…</source>
        <translation>Cari menurut nama atau NIP…</translation>
    </message>
    <message>
        <source>&amp;Record level…</source>
        <translation>&amp;Catat level…</translation>
    </message>
    <message>
        <source>&amp;Edit level…</source>
        <translation>&amp;Ubah level…</translation>
    </message>
    <message>
        <source>Remove level</source>
        <translation>Hapus level</translation>
    </message>
    <message>
        <source>Job-person match with the current jabatan</source>
        <translation>Kesesuaian jabatan-pegawai dengan jabatan saat ini</translation>
    </message>
    <message>
        <source>Training, certificates and assessments</source>
        <translation>Diklat, sertifikat, dan asesmen</translation>
    </message>
    <message>
        <source>Job-person match with another jabatan</source>
        <translation>Kesesuaian jabatan-pegawai dengan jabatan lain</translation>
    </message>
    <message>
        <source>Assessed competency levels</source>
        <translation>Level kompetensi hasil penilaian</translation>
    </message>
    <message>
        <source>Search for an employee by name or NIP and choose them in the list to see their competency profile.</source>
        <translation>Cari pegawai menurut nama atau NIP, lalu pilih dalam daftar untuk melihat profil kompetensinya.</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>belum tercatat</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Pendidikan</translation>
    </message>
    <message>
        <source>score %1</source>
        <translation>nilai %1</translation>
    </message>
    <message>
        <source>%1 hours</source>
        <translation>%1 jam</translation>
    </message>
    <message>
        <source>(valid until %1)</source>
        <translation>(berlaku sampai %1)</translation>
    </message>
    <message>
        <source>Training (diklat)</source>
        <translation>Diklat</translation>
    </message>
    <message>
        <source>No training recorded.</source>
        <translation>Belum ada diklat yang tercatat.</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Sertifikat</translation>
    </message>
    <message>
        <source>No certificates recorded.</source>
        <translation>Belum ada sertifikat yang tercatat.</translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation>Asesmen</translation>
    </message>
    <message>
        <source>No assessments recorded.</source>
        <translation>Belum ada asesmen yang tercatat.</translation>
    </message>
    <message>
        <source>No jabatan to compare with.</source>
        <translation>Tidak ada jabatan untuk dibandingkan.</translation>
    </message>
    <message>
        <source>The jabatan sets no requirements.</source>
        <translation>Jabatan ini tidak menetapkan persyaratan.</translation>
    </message>
    <message>
        <source>Every requirement is met.</source>
        <translation>Semua persyaratan terpenuhi.</translation>
    </message>
    <message>
        <source>%1 of %2 requirements not met:</source>
        <translation>%1 dari %2 persyaratan tidak terpenuhi:</translation>
    </message>
    <message>
        <source>Choose a jabatan to compare the employee with.</source>
        <translation>Pilih jabatan untuk dibandingkan dengan pegawai.</translation>
    </message>
    <message>
        <source>Nothing to record</source>
        <translation>Tidak ada yang perlu dicatat</translation>
    </message>
    <message>
        <source>The employee has a level for every competency in use. Choose one in the list to correct it.</source>
        <translation>Pegawai sudah memiliki level untuk setiap kompetensi yang digunakan. Pilih salah satu dalam daftar untuk memperbaikinya.</translation>
    </message>
    <message>
        <source>The level was not recorded</source>
        <translation>Level tidak dicatat</translation>
    </message>
    <message>
        <source>The level was not changed</source>
        <translation>Level tidak diubah</translation>
    </message>
    <message>
        <source>Remove level?</source>
        <translation>Hapus level?</translation>
    </message>
    <message>
        <source>Remove the assessed level of %1 for %2? The audit trail keeps it.</source>
        <translation>Hapus level hasil penilaian %1 untuk %2? Jejak audit tetap menyimpannya.</translation>
    </message>
    <message>
        <source>The level was not removed</source>
        <translation>Level tidak dihapus</translation>
    </message>
</context>
<context>
    <name>Simutasi::EmployeeDetailPanel</name>
    <message>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <source>Pangkat / gol.</source>
        <translation>Pangkat / gol.</translation>
    </message>
    <message>
        <source>Jabatan</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Lahir</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Pendidikan</translation>
    </message>
    <message>
        <source>TMT jabatan</source>
        <translation>TMT jabatan</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontak</translation>
    </message>
    <message>
        <source>PPPK, grade %1</source>
        <translation>PPPK, golongan %1</translation>
    </message>
    <message>
        <source>CPNS, %1</source>
        <translation>CPNS, %1</translation>
    </message>
</context>
<context>
    <name>Simutasi::EmployeeDialog</name>
    <message>
        <source>Data</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>History of changes</source>
        <translation>Riwayat perubahan</translation>
    </message>
    <message>
        <source>Masa kerja</source>
        <translation>Masa kerja</translation>
    </message>
    <message>
        <source>In current post</source>
        <translation>Pada jabatan saat ini</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Usia</translation>
    </message>
    <message>
        <source>Pensiun</source>
        <translation>Pensiun</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>Save the data and the histories (Ctrl+S)</source>
        <translation>Simpan data dan riwayatnya (Ctrl+S)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>1 year</source>
        <translation>1 tahun</translation>
    </message>
    <message>
        <source>%1 years</source>
        <translation>%1 tahun</translation>
    </message>
    <message>
        <source>1 month</source>
        <translation>1 bulan</translation>
    </message>
    <message>
        <source>%1 months</source>
        <translation>%1 bulan</translation>
    </message>
    <message>
        <source>less than a month</source>
        <translation>kurang dari sebulan</translation>
    </message>
    <message>
        <source>Fix before saving: %1</source>
        <translation>Perbaiki sebelum menyimpan: %1</translation>
    </message>
    <message>
        <source>Still needed: %1.</source>
        <translation>Masih harus diisi: %1.</translation>
    </message>
    <message>
        <source>A row in %1 lacks a required value (marked in red).</source>
        <translation>Ada baris pada %1 yang belum berisi nilai wajib (ditandai merah).</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Perubahan belum disimpan</translation>
    </message>
    <message>
        <source>Saved. Every change is recorded in the history of changes.</source>
        <translation>Tersimpan. Setiap perubahan dicatat dalam riwayat perubahan.</translation>
    </message>
    <message>
        <source>New employee</source>
        <translation>Pegawai baru</translation>
    </message>
    <message>
        <source>Employee — %1</source>
        <translation>Pegawai — %1</translation>
    </message>
    <message>
        <source>grade %1</source>
        <translation>golongan %1</translation>
    </message>
    <message>
        <source>Due for rotation: %1 years or more in the same post</source>
        <translation>Sudah waktunya rotasi: %1 tahun atau lebih pada jabatan yang sama</translation>
    </message>
    <message>
        <source>%1 (BUP %2)</source>
        <translation>%1 (BUP %2)</translation>
    </message>
    <message>
        <source>The pensiun date is within %1 months</source>
        <translation>Tanggal pensiun jatuh dalam %1 bulan ke depan</translation>
    </message>
    <message>
        <source>The employee cannot be saved yet</source>
        <translation>Data pegawai belum dapat disimpan</translation>
    </message>
    <message>
        <source>The employee could not be saved</source>
        <translation>Data pegawai tidak dapat disimpan</translation>
    </message>
    <message>
        <source>Save the new employee before closing?</source>
        <translation>Simpan pegawai baru ini sebelum menutup?</translation>
    </message>
    <message>
        <source>Save the changes to %1 before closing?</source>
        <translation>Simpan perubahan data %1 sebelum menutup?</translation>
    </message>
    <message>
        <source>The changes cannot be saved yet. %1

Close and discard them?</source>
        <translation>Perubahan belum dapat disimpan. %1

Tutup dan buang perubahan tersebut?</translation>
    </message>
    <message>
        <source>%1 left the province; the post is no longer theirs.</source>
        <translation>%1 telah keluar dari provinsi; jabatan ini tidak lagi didudukinya.</translation>
    </message>
</context>
<context>
    <name>Simutasi::EmployeeFilterBar</name>
    <message>
        <source>All OPDs and units</source>
        <translation>Semua OPD dan unit kerja</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Hapus filter</translation>
    </message>
    <message>
        <source>Gol.</source>
        <translation>Gol.</translation>
    </message>
    <message>
        <source>Golongan range of PNS and CPNS</source>
        <translation>Rentang golongan PNS dan CPNS</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Semua status</translation>
    </message>
    <message>
        <source>Both genders</source>
        <translation>Semua jenis kelamin</translation>
    </message>
    <message>
        <source>Male (L)</source>
        <translation>Laki-laki (L)</translation>
    </message>
    <message>
        <source>Female (P)</source>
        <translation>Perempuan (P)</translation>
    </message>
    <message>
        <source>from</source>
        <translation>dari</translation>
    </message>
    <message>
        <source>to</source>
        <translation>sampai</translation>
    </message>
    <message>
        <source>All jabatan types</source>
        <translation>Semua jenis jabatan</translation>
    </message>
    <message>
        <source>Due for rotation</source>
        <translation>Waktunya rotasi</translation>
    </message>
    <message>
        <source>In the current post for %1 years or more (TMT jabatan %1 years ago or earlier)</source>
        <translation>Menduduki jabatan saat ini selama %1 tahun atau lebih (TMT jabatan %1 tahun yang lalu atau lebih awal)</translation>
    </message>
    <message>
        <source>Nearing BUP</source>
        <translation>Mendekati BUP</translation>
    </message>
    <message>
        <source>Pensiun date within the next %1 months, or already passed. The pensiun date is the first day of the month after the birthday at the BUP: 58, 60 or 65 years by jabatan type (58 without a jabatan).</source>
        <translation>Tanggal pensiun dalam %1 bulan ke depan, atau sudah lewat. Tanggal pensiun adalah tanggal 1 bulan berikutnya setelah ulang tahun saat mencapai BUP: 58, 60, atau 65 tahun sesuai jenis jabatan (58 bila tanpa jabatan).</translation>
    </message>
    <message>
        <source>Data incomplete</source>
        <translation>Data belum lengkap</translation>
    </message>
    <message>
        <source>&lt;p&gt;Employees with at least one of these gaps:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;no education level, or no field of education&lt;/li&gt;&lt;li&gt;neither an email address nor a phone number&lt;/li&gt;&lt;li&gt;no jabatan or no unit kerja&lt;/li&gt;&lt;li&gt;no TMT jabatan&lt;/li&gt;&lt;li&gt;no SKP for last year, although appointed (TMT CPNS) before last year&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;p&gt;Pegawai dengan sedikitnya satu kekurangan berikut:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;jenjang pendidikan atau jurusan belum diisi&lt;/li&gt;&lt;li&gt;tidak ada alamat email maupun nomor telepon&lt;/li&gt;&lt;li&gt;jabatan atau unit kerja belum diisi&lt;/li&gt;&lt;li&gt;TMT jabatan belum diisi&lt;/li&gt;&lt;li&gt;tidak ada SKP tahun lalu, padahal diangkat (TMT CPNS) sebelum tahun lalu&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>Filters (%1)</source>
        <translation>Filter (%1)</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>More filters: status, gender, golongan, jabatan type, rotation, BUP and data completeness</source>
        <translation>Filter lainnya: status, jenis kelamin, golongan, jenis jabatan, rotasi, BUP, dan kelengkapan data</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktif</translation>
    </message>
    <message>
        <source>Departed</source>
        <translation>Telah keluar</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Semua</translation>
    </message>
    <message>
        <source>Active employees of the province, employees who left it (transferred out to another instansi), or both</source>
        <translation>Pegawai aktif provinsi, pegawai yang telah keluar (pindah keluar ke instansi lain), atau keduanya</translation>
    </message>
</context>
<context>
    <name>Simutasi::EmployeeForm</name>
    <message>
        <source>female</source>
        <translation>perempuan</translation>
    </message>
    <message>
        <source>male</source>
        <translation>laki-laki</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identitas</translation>
    </message>
    <message>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <source>Dr., Ir.</source>
        <translation>Dr., Ir.</translation>
    </message>
    <message>
        <source>Name without titles</source>
        <translation>Nama tanpa gelar</translation>
    </message>
    <message>
        <source>S.Pd., M.Si.</source>
        <translation>S.Pd., M.Si.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Male (L)</source>
        <translation>Laki-laki (L)</translation>
    </message>
    <message>
        <source>Female (P)</source>
        <translation>Perempuan (P)</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Jenis kelamin</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Tempat</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Lahir</translation>
    </message>
    <message>
        <source>Take them from the NIP</source>
        <translation>Ambil dari NIP</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Kedudukan</translation>
    </message>
    <message>
        <source>Golongan</source>
        <translation>Golongan</translation>
    </message>
    <message>
        <source>PPPK grade</source>
        <translation>Golongan PPPK</translation>
    </message>
    <message>
        <source>TMT golongan</source>
        <translation>TMT golongan</translation>
    </message>
    <message>
        <source>Jabatan</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <source>Unit kerja</source>
        <translation>Unit kerja</translation>
    </message>
    <message>
        <source>TMT jabatan</source>
        <translation>TMT jabatan</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Pendidikan</translation>
    </message>
    <message>
        <source>e.g. Pendidikan Matematika</source>
        <translation>mis. Pendidikan Matematika</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Jenjang</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Jurusan</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontak</translation>
    </message>
    <message>
        <source>name@wanggarprov.go.id</source>
        <translation>nama@wanggarprov.go.id</translation>
    </message>
    <message>
        <source>0812…</source>
        <translation>0812…</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Type to search the catalogue</source>
        <translation>Ketik untuk mencari di katalog</translation>
    </message>
    <message>
        <source>The NIP is not valid.</source>
        <translation>NIP tidak valid.</translation>
    </message>
    <message>
        <source>The jabatan is not in the catalogue.</source>
        <translation>Jabatan tidak ada dalam katalog.</translation>
    </message>
    <message>
        <source>The email address is not valid.</source>
        <translation>Alamat email tidak valid.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nama</translation>
    </message>
    <message>
        <source>gender</source>
        <translation>jenis kelamin</translation>
    </message>
    <message>
        <source>date of birth</source>
        <translation>tanggal lahir</translation>
    </message>
    <message>
        <source>Not an email address (name@domain.go.id).</source>
        <translation>Bukan alamat email (nama@domain.go.id).</translation>
    </message>
    <message>
        <source>born %1</source>
        <translation>lahir %1</translation>
    </message>
    <message>
        <source>The NIP says: %1. The date of birth and gender must agree with it.</source>
        <translation>Menurut NIP: %1. Tanggal lahir dan jenis kelamin harus sesuai dengan NIP.</translation>
    </message>
    <message>
        <source>Not in the jabatan catalogue: choose one from the list.</source>
        <translation>Tidak ada dalam katalog jabatan: pilih salah satu dari daftar.</translation>
    </message>
    <message>
        <source>%1 · usual golongan %2 · BUP %3</source>
        <translation>%1 · golongan lazim %2 · BUP %3</translation>
    </message>
    <message>
        <source>Golongan %1 is outside the usual range of this jabatan (%2).</source>
        <translation>Golongan %1 berada di luar rentang lazim jabatan ini (%2).</translation>
    </message>
</context>
<context>
    <name>Simutasi::EmployeeHistoryTabs</name>
    <message>
        <source>TMT</source>
        <translation>TMT</translation>
    </message>
    <message>
        <source>Jabatan</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <source>Unit kerja</source>
        <translation>Unit kerja</translation>
    </message>
    <message>
        <source>SK number</source>
        <translation>Nomor SK</translation>
    </message>
    <message>
        <source>SK date</source>
        <translation>Tanggal SK</translation>
    </message>
    <message>
        <source>Golongan</source>
        <translation>Golongan</translation>
    </message>
    <message>
        <source>Pangkat</source>
        <translation>Pangkat</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Tahun</translation>
    </message>
    <message>
        <source>Predicate</source>
        <translation>Predikat</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Organizer</source>
        <translation>Penyelenggara</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Mulai</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Jam pelajaran</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Tingkat</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Keterangan</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Sampai</translation>
    </message>
    <message>
        <source>Riwayat jabatan</source>
        <translation>Riwayat jabatan</translation>
    </message>
    <message>
        <source>The posts held, each from its TMT. A jabatan or unit typed as in the catalogue is linked to it.</source>
        <translation>Jabatan yang pernah diduduki, masing-masing sejak TMT-nya. Jabatan atau unit kerja yang diketik sesuai katalog akan ditautkan ke katalog.</translation>
    </message>
    <message>
        <source>Riwayat pangkat</source>
        <translation>Riwayat pangkat</translation>
    </message>
    <message>
        <source>Promotions in golongan/ruang, each from its TMT.</source>
        <translation>Kenaikan golongan/ruang, masing-masing sejak TMT-nya.</translation>
    </message>
    <message>
        <source>SKP</source>
        <translation>SKP</translation>
    </message>
    <message>
        <source>The SKP predicate of each year. One rating per year.</source>
        <translation>Predikat SKP setiap tahun. Satu penilaian per tahun.</translation>
    </message>
    <message>
        <source>Diklat</source>
        <translation>Diklat</translation>
    </message>
    <message>
        <source>Training courses (diklat) attended.</source>
        <translation>Diklat yang pernah diikuti.</translation>
    </message>
    <message>
        <source>Hukuman disiplin</source>
        <translation>Hukuman disiplin</translation>
    </message>
    <message>
        <source>Disciplinary sanctions. Leave &quot;Until&quot; empty while a sanction is being served.</source>
        <translation>Hukuman disiplin yang pernah dijatuhkan. Kosongkan &quot;Sampai&quot; selama hukuman masih dijalani.</translation>
    </message>
</context>
<context>
    <name>Simutasi::EmployeeLabelModel</name>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit kerja</translation>
    </message>
</context>
<context>
    <name>Simutasi::EmployeeLevelModel</name>
    <message>
        <source>Competency</source>
        <translation>Kompetensi</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Assessed on</source>
        <translation>Tanggal penilaian</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Sumber</translation>
    </message>
</context>
<context>
    <name>Simutasi::EmployeeListPanel</name>
    <message>
        <source>Double-click an employee to open their record.</source>
        <translation>Klik ganda pegawai untuk membuka datanya.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>1 employee</source>
        <translation>1 pegawai</translation>
    </message>
    <message>
        <source>%1 employees</source>
        <translation>%1 pegawai</translation>
    </message>
</context>
<context>
    <name>Simutasi::EmployeePage</name>
    <message>
        <source>Search by name or NIP</source>
        <translation>Cari berdasarkan nama atau NIP</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Pegawai</translation>
    </message>
    <message>
        <source>The register of the province&apos;s civil servants: PNS, CPNS and PPPK</source>
        <translation>Daftar pegawai ASN provinsi: PNS, CPNS, dan PPPK</translation>
    </message>
    <message>
        <source>%1 of %2 employees match</source>
        <translation>%1 dari %2 pegawai sesuai pencarian</translation>
    </message>
    <message>
        <source>1 employee</source>
        <translation>1 pegawai</translation>
    </message>
    <message>
        <source>%1 employees</source>
        <translation>%1 pegawai</translation>
    </message>
    <message>
        <source>Reset columns</source>
        <translation>Atur ulang kolom</translation>
    </message>
    <message>
        <source>New &amp;employee…</source>
        <translation>&amp;Pegawai baru…</translation>
    </message>
    <message>
        <source>New employee</source>
        <translation>Pegawai baru</translation>
    </message>
    <message>
        <source>Employee not found</source>
        <translation>Pegawai tidak ditemukan</translation>
    </message>
    <message>
        <source>This employee is no longer in the database. The list is read again.</source>
        <translation>Pegawai ini sudah tidak ada dalam basis data. Daftar dimuat ulang.</translation>
    </message>
    <message>
        <source>Add an employee to the register (Ctrl+Shift+N)</source>
        <translation>Tambahkan pegawai ke data kepegawaian (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>%1 employees who left the province</source>
        <translation>%1 pegawai yang telah keluar dari provinsi</translation>
    </message>
    <message>
        <source>%1 employees, active and departed</source>
        <translation>%1 pegawai, aktif dan telah keluar</translation>
    </message>
</context>
<context>
    <name>Simutasi::EmployeeTableModel</name>
    <message>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>L/P</source>
        <translation>L/P</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Gol.</source>
        <translation>Gol.</translation>
    </message>
    <message>
        <source>Jabatan</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <source>Unit kerja</source>
        <translation>Unit kerja</translation>
    </message>
    <message>
        <source>OPD</source>
        <translation>OPD</translation>
    </message>
    <message>
        <source>TMT jabatan</source>
        <translation>TMT jabatan</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Tanggal lahir</translation>
    </message>
    <message>
        <source>L = laki-laki (male), P = perempuan (female)</source>
        <translation>L = laki-laki, P = perempuan</translation>
    </message>
    <message>
        <source>PNS, CPNS or PPPK</source>
        <translation>PNS, CPNS, atau PPPK</translation>
    </message>
    <message>
        <source>Golongan/ruang of a PNS, or the grade of a PPPK</source>
        <translation>Golongan/ruang PNS, atau golongan PPPK</translation>
    </message>
    <message>
        <source>Date from which the employee holds the current jabatan</source>
        <translation>Tanggal mulai pegawai menduduki jabatan saat ini</translation>
    </message>
    <message>
        <source>Left the province</source>
        <translation>Telah keluar dari provinsi</translation>
    </message>
    <message>
        <source>Transferred out to %1</source>
        <translation>Pindah keluar ke %1</translation>
    </message>
</context>
<context>
    <name>Simutasi::FirstAdministratorDialog</name>
    <message>
        <source>First administrator</source>
        <translation>Administrator pertama</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; has no users yet. Create its administrator: the account that adds the other users and gives them their roles.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; belum memiliki pengguna. Buat administratornya: akun yang menambahkan pengguna lain dan memberikan peran kepada mereka.</translation>
    </message>
    <message>
        <source>at least %1 characters</source>
        <translation>minimal %1 karakter</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nama &amp;pengguna:</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>Nama &amp;lengkap:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Kata sandi:</translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation>&amp;Ulangi kata sandi:</translation>
    </message>
    <message>
        <source>Create and log in</source>
        <translation>Buat dan masuk</translation>
    </message>
    <message>
        <source>Enter the administrator&apos;s full name.</source>
        <translation>Masukkan nama lengkap administrator.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Kedua kata sandi tidak sama.</translation>
    </message>
</context>
<context>
    <name>Simutasi::FormasiPanel</name>
    <message>
        <source>Formasi and bezetting</source>
        <translation>Formasi dan bezetting</translation>
    </message>
    <message>
        <source>Add jabatan…</source>
        <translation>Tambah jabatan…</translation>
    </message>
    <message>
        <source>Add a jabatan of the catalogue to this unit&apos;s formasi</source>
        <translation>Tambahkan jabatan dari katalog ke formasi unit kerja ini</translation>
    </message>
    <message>
        <source>Formasi not changed</source>
        <translation>Formasi tidak diubah</translation>
    </message>
    <message>
        <source>Choose a unit to see its formasi.</source>
        <translation>Pilih unit kerja untuk melihat formasinya.</translation>
    </message>
    <message>
        <source>No formasi has been set for this unit, and nobody is placed in it.</source>
        <translation>Belum ada formasi yang ditetapkan untuk unit kerja ini, dan belum ada pegawai yang ditempatkan di dalamnya.</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#b42318&apos;&gt;&lt;b&gt;%1 short&lt;/b&gt;&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#b42318&apos;&gt;&lt;b&gt;kurang %1&lt;/b&gt;&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#9a5b00&apos;&gt;&lt;b&gt;%1 over&lt;/b&gt;&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#9a5b00&apos;&gt;&lt;b&gt;lebih %1&lt;/b&gt;&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#1e7a3d&apos;&gt;&lt;b&gt;exactly filled&lt;/b&gt;&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#1e7a3d&apos;&gt;&lt;b&gt;terisi penuh&lt;/b&gt;&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Formasi %1 · bezetting %2 · %3</source>
        <translation>Formasi %1 · bezetting %2 · %3</translation>
    </message>
</context>
<context>
    <name>Simutasi::FormasiTableModel</name>
    <message>
        <source>none</source>
        <translation>belum ada</translation>
    </message>
    <message>
        <source>Exactly as the formasi</source>
        <translation>Tepat sesuai formasi</translation>
    </message>
    <message>
        <source>Double-click or press F2 to change the formasi</source>
        <translation>Klik ganda atau tekan F2 untuk mengubah formasi</translation>
    </message>
    <message>
        <source>Jabatan</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <source>Formasi</source>
        <translation>Formasi</translation>
    </message>
    <message>
        <source>Bezetting</source>
        <translation>Bezetting</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Selisih</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>%1 short of the formasi</source>
        <translation>Kurang %1 dari formasi</translation>
    </message>
    <message>
        <source>%1 more than the formasi</source>
        <translation>Lebih %1 dari formasi</translation>
    </message>
</context>
<context>
    <name>Simutasi::GapChart</name>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>No shortage or surplus in this scope</source>
        <translation>Tidak ada kekurangan atau kelebihan dalam cakupan ini</translation>
    </message>
    <message>
        <source>Largest gaps (persons)</source>
        <translation>Kesenjangan terbesar (orang)</translation>
    </message>
    <message>
        <source>Shortage</source>
        <translation>Kekurangan</translation>
    </message>
    <message>
        <source>Surplus</source>
        <translation>Kelebihan</translation>
    </message>
</context>
<context>
    <name>Simutasi::HistoryModelBase</name>
    <message>
        <source>Required</source>
        <translation>Wajib diisi</translation>
    </message>
</context>
<context>
    <name>Simutasi::HistoryTab</name>
    <message>
        <source>Add row</source>
        <translation>Tambah baris</translation>
    </message>
    <message>
        <source>Delete row…</source>
        <translation>Hapus baris…</translation>
    </message>
    <message>
        <source>Only for a row entered by mistake. The deletion is kept in the history of changes, with the values the row had.</source>
        <translation>Hanya untuk baris yang keliru dimasukkan. Penghapusan tetap tercatat dalam riwayat perubahan, beserta nilai-nilai baris tersebut.</translation>
    </message>
    <message>
        <source>No rows yet. Add one with &quot;Add row&quot;.</source>
        <translation>Belum ada baris. Tambahkan dengan &quot;Tambah baris&quot;.</translation>
    </message>
    <message>
        <source>Delete row?</source>
        <translation>Hapus baris?</translation>
    </message>
    <message>
        <source>Delete this row only if it was entered by mistake: a history is a record of what happened. The deletion is saved with the other changes and kept in the history of changes, with the values the row had.</source>
        <translation>Hapus baris ini hanya jika baris tersebut keliru dimasukkan: riwayat adalah catatan atas apa yang telah terjadi. Penghapusan disimpan bersama perubahan lainnya dan tetap tercatat dalam riwayat perubahan, beserta nilai-nilai baris tersebut.</translation>
    </message>
</context>
<context>
    <name>Simutasi::HomePage</name>
    <message>
        <source>Home</source>
        <translation>Beranda</translation>
    </message>
    <message>
        <source>Sistem Informasi Mutasi ASN of BKD Provinsi Wanggar</source>
        <translation>Sistem Informasi Mutasi ASN BKD Provinsi Wanggar</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Basis data yang terbuka</translation>
    </message>
    <message>
        <source>OPDs</source>
        <translation>OPD</translation>
    </message>
    <message>
        <source>organisation units</source>
        <translation>unit kerja</translation>
    </message>
    <message>
        <source>No database is open</source>
        <translation>Belum ada basis data yang dibuka</translation>
    </message>
    <message>
        <source>Simutasi keeps the register of civil servants in a database file. Try Simutasi with a demo province, start a new register, or open the file your office already uses.</source>
        <translation>Simutasi menyimpan data ASN dalam sebuah berkas basis data. Cobalah Simutasi dengan provinsi demo, mulailah data baru, atau bukalah berkas yang sudah digunakan kantor Anda.</translation>
    </message>
    <message>
        <source>Try with demo data</source>
        <translation>Coba dengan data demo</translation>
    </message>
    <message>
        <source>Create a new empty database…</source>
        <translation>Buat basis data kosong baru…</translation>
    </message>
    <message>
        <source>Open an existing database…</source>
        <translation>Buka basis data yang sudah ada…</translation>
    </message>
    <message>
        <source>Click a bar to open the report behind it.</source>
        <translation>Klik batang untuk membuka laporan di baliknya.</translation>
    </message>
    <message>
        <source>ASN (employees)</source>
        <translation>ASN (pegawai)</translation>
    </message>
    <message>
        <source>open vacancies (formasi not filled)</source>
        <translation>lowongan terbuka (formasi belum terisi)</translation>
    </message>
    <message>
        <source>proposals waiting for you</source>
        <translation>usulan menunggu tindakan Anda</translation>
    </message>
    <message>
        <source>Computing the dashboard…</source>
        <translation>Menghitung dasbor…</translation>
    </message>
    <message>
        <source>The dashboard could not be computed.</source>
        <translation>Dasbor tidak dapat dihitung.</translation>
    </message>
    <message>
        <source>Largest shortages by OPD</source>
        <translation>Kekurangan terbesar per OPD</translation>
    </message>
    <message>
        <source>Transfers per month (TMT)</source>
        <translation>Mutasi per bulan (TMT)</translation>
    </message>
    <message>
        <source>Proposals by state</source>
        <translation>Usulan menurut status</translation>
    </message>
    <message>
        <source>Competency data complete (%), lowest OPDs</source>
        <translation>Kelengkapan data kompetensi (%), OPD terendah</translation>
    </message>
    <message numerus="yes">
        <source>9-box distribution (%Ln not placed)</source>
        <translation>
            <numerusform>Sebaran 9 kotak (%Ln tidak ditempatkan)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Simutasi::ImportCountsWidget</name>
    <message>
        <source>rows read</source>
        <translation>baris dibaca</translation>
    </message>
    <message>
        <source>inserted</source>
        <translation>ditambahkan</translation>
    </message>
    <message>
        <source>to insert</source>
        <translation>akan ditambahkan</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>diperbarui</translation>
    </message>
    <message>
        <source>to update</source>
        <translation>akan diperbarui</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>tidak berubah</translation>
    </message>
    <message>
        <source>rejected, left out</source>
        <translation>ditolak, tidak diimpor</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>ditolak</translation>
    </message>
</context>
<context>
    <name>Simutasi::ImportFilePage</name>
    <message>
        <source>One employee per row, found by NIP: new NIPs are added, known ones are updated. Empty cells never erase stored data.</source>
        <translation>Satu pegawai per baris, dicocokkan berdasarkan NIP: NIP baru ditambahkan, NIP yang sudah ada diperbarui. Sel kosong tidak pernah menghapus data yang tersimpan.</translation>
    </message>
    <message>
        <source>NIP, year and predicate: the yearly SKP ratings of employees already in the register.</source>
        <translation>NIP, tahun, dan predikat: nilai SKP tahunan pegawai yang sudah terdaftar.</translation>
    </message>
    <message>
        <source>Unit, jabatan and the required headcount, as the Anjab/ABK sets them.</source>
        <translation>Unit kerja, jabatan, dan jumlah kebutuhan, sebagaimana ditetapkan dalam Anjab/ABK.</translation>
    </message>
    <message>
        <source>The organisation tree: unit, parent unit or OPD, kind, code, kabupaten/kota and the remote flag.</source>
        <translation>Struktur organisasi: unit kerja, unit induk atau OPD, jenis, kode, kabupaten/kota, dan tanda daerah terpencil.</translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation>Pilih berkas</translation>
    </message>
    <message>
        <source>A CSV file (comma, semicolon or tab separated) or an Excel workbook (.xlsx), e.g. an export of SIASN or SIMPEG. Nothing is written until you confirm the preview.</source>
        <translation>Berkas CSV (dipisahkan koma, titik koma, atau tab) atau buku kerja Excel (.xlsx), misalnya hasil ekspor SIASN atau SIMPEG. Tidak ada data yang ditulis sebelum Anda mengonfirmasi pratinjau.</translation>
    </message>
    <message>
        <source>Path of the file to import</source>
        <translation>Lokasi berkas yang akan diimpor</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Telusuri…</translation>
    </message>
    <message>
        <source>What does the file contain?</source>
        <translation>Apa isi berkas ini?</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>Be&amp;rkas:</translation>
    </message>
    <message>
        <source>Choose the file to import</source>
        <translation>Pilih berkas yang akan diimpor</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.txt *.xlsx);;CSV files (*.csv *.txt);;Excel workbooks (*.xlsx);;All files (*)</source>
        <translation>Lembar kerja (*.csv *.txt *.xlsx);;Berkas CSV (*.csv *.txt);;Buku kerja Excel (*.xlsx);;Semua berkas (*)</translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation>Berkas %1 tidak ada.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Berkas kosong.</translation>
    </message>
</context>
<context>
    <name>Simutasi::ImportIssueModel</name>
    <message>
        <source>whole row</source>
        <translation>seluruh baris</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Baris</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Kolom</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Nilai</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
</context>
<context>
    <name>Simutasi::ImportMappingPage</name>
    <message>
        <source>Match the columns</source>
        <translation>Cocokkan kolom</translation>
    </message>
    <message>
        <source>Check which column holds which field. Fields marked * are needed; a field without a column is left as it is in the register.</source>
        <translation>Periksa kolom mana yang berisi isian mana. Isian bertanda * wajib ada; isian tanpa kolom dibiarkan seperti yang sudah tercatat.</translation>
    </message>
    <message>
        <source>&amp;Header row:</source>
        <translation>Baris &amp;judul:</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Baris %1: %2</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Isian</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Kolom dalam berkas</translation>
    </message>
    <message>
        <source>First row</source>
        <translation>Baris pertama</translation>
    </message>
    <message>
        <source>— not imported —</source>
        <translation>— tidak diimpor —</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>(no heading)</source>
        <translation>(tanpa judul)</translation>
    </message>
    <message>
        <source>Choose a column for: %1.</source>
        <translation>Pilih kolom untuk: %1.</translation>
    </message>
    <message>
        <source>Every needed field has a column. The choices you made last time for this header were used.</source>
        <translation>Setiap isian wajib sudah memiliki kolom. Pilihan yang Anda buat terakhir kali untuk judul kolom ini telah digunakan.</translation>
    </message>
    <message>
        <source>Every needed field has a column. Your choices are remembered for files with the same header.</source>
        <translation>Setiap isian wajib sudah memiliki kolom. Pilihan Anda akan diingat untuk berkas dengan judul kolom yang sama.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2 — %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — %2 — %3</translation>
    </message>
    <message>
        <source>1 data row</source>
        <translation>1 baris data</translation>
    </message>
    <message>
        <source>%1 data rows</source>
        <translation>%1 baris data</translation>
    </message>
</context>
<context>
    <name>Simutasi::ImportPreviewPage</name>
    <message>
        <source>OPD</source>
        <translation>OPD</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit kerja</translation>
    </message>
    <message>
        <source>Jabatan</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <source>Check before importing</source>
        <translation>Periksa sebelum mengimpor</translation>
    </message>
    <message>
        <source>Every row has been checked; nothing has been written yet.</source>
        <translation>Setiap baris telah diperiksa; belum ada data yang ditulis.</translation>
    </message>
    <message>
        <source>Units and jabatan that are not in the database</source>
        <translation>Unit kerja dan jabatan yang belum ada dalam basis data</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>In</source>
        <translation>Berada di</translation>
    </message>
    <message>
        <source>Would be created as</source>
        <translation>Akan dibuat sebagai</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Baris</translation>
    </message>
    <message>
        <source>&amp;Create them when importing</source>
        <translation>Bu&amp;at saat mengimpor</translation>
    </message>
    <message>
        <source>&amp;Reject the rows that name them</source>
        <translation>&amp;Tolak baris yang menyebutkannya</translation>
    </message>
    <message>
        <source>Rejected rows</source>
        <translation>Baris yang ditolak</translation>
    </message>
    <message>
        <source>Save report…</source>
        <translation>Simpan laporan…</translation>
    </message>
    <message>
        <source>Save the rejected rows with their reasons as an Excel workbook or a CSV file, to fix them in the source file</source>
        <translation>Simpan baris yang ditolak beserta alasannya sebagai buku kerja Excel atau berkas CSV, untuk diperbaiki di berkas sumber</translation>
    </message>
    <message>
        <source>Report saved.</source>
        <translation>Laporan disimpan.</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Tindakan</translation>
    </message>
    <message>
        <source>Import &amp;nothing until the file is fixed</source>
        <translation>&amp;Jangan impor apa pun sampai berkas diperbaiki</translation>
    </message>
    <message>
        <source>Rejected rows (%1)</source>
        <translation>Baris yang ditolak (%1)</translation>
    </message>
    <message>
        <source>Import the %1 valid rows now; the rejected rows are left out</source>
        <translation>Impor %1 baris yang valid sekarang; baris yang ditolak tidak diimpor</translation>
    </message>
    <message>
        <source>All %1 rows can be imported.</source>
        <translation>Semua %1 baris dapat diimpor.</translation>
    </message>
    <message>
        <source>No row can be imported. Save the report, fix the file and import it again.</source>
        <translation>Tidak ada baris yang dapat diimpor. Simpan laporannya, perbaiki berkas, lalu impor kembali.</translation>
    </message>
    <message>
        <source>The register already holds everything in this file: nothing would change.</source>
        <translation>Seluruh isi berkas ini sudah tercatat dalam data kepegawaian: tidak ada yang akan berubah.</translation>
    </message>
    <message>
        <source>Import %1 rows</source>
        <translation>Impor %1 baris</translation>
    </message>
    <message>
        <source>Close without importing</source>
        <translation>Tutup tanpa mengimpor</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>dan %1 lainnya</translation>
    </message>
    <message>
        <source>Checking 1 row…</source>
        <translation>Memeriksa 1 baris…</translation>
    </message>
    <message>
        <source>Checking %1 rows…</source>
        <translation>Memeriksa %1 baris…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Impor</translation>
    </message>
    <message>
        <source>The file names a unit or jabatan that the database does not have.</source>
        <translation>Berkas menyebutkan unit kerja atau jabatan yang belum ada dalam basis data.</translation>
    </message>
    <message>
        <source>The file names %1 units or jabatan that the database does not have.</source>
        <translation>Berkas menyebutkan %1 unit kerja atau jabatan yang belum ada dalam basis data.</translation>
    </message>
    <message>
        <source>Import the 1 valid row now; the rejected rows are left out</source>
        <translation>Impor 1 baris yang valid sekarang; baris yang ditolak tidak diimpor</translation>
    </message>
    <message>
        <source>The row can be imported.</source>
        <translation>Baris ini dapat diimpor.</translation>
    </message>
    <message>
        <source>Import 1 row</source>
        <translation>Impor 1 baris</translation>
    </message>
</context>
<context>
    <name>Simutasi::ImportResultPage</name>
    <message>
        <source>Result</source>
        <translation>Hasil</translation>
    </message>
    <message>
        <source>Save report of rejected rows…</source>
        <translation>Simpan laporan baris yang ditolak…</translation>
    </message>
    <message>
        <source>Report saved.</source>
        <translation>Laporan disimpan.</translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation>Impor dibatalkan</translation>
    </message>
    <message>
        <source>Nothing was written: the database is exactly as it was before.</source>
        <translation>Tidak ada yang ditulis: basis data tetap persis seperti sebelumnya.</translation>
    </message>
    <message>
        <source> (while writing row %1)</source>
        <translation> (saat menulis baris %1)</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Impor gagal</translation>
    </message>
    <message>
        <source>Nothing imported</source>
        <translation>Tidak ada yang diimpor</translation>
    </message>
    <message>
        <source>The database was not changed. Fix the rejected rows in the file (the report lists them) and import it again.</source>
        <translation>Basis data tidak diubah. Perbaiki baris yang ditolak di dalam berkas (tercantum dalam laporan), lalu impor kembali.</translation>
    </message>
    <message>
        <source>The register already holds everything in this file; nothing was changed.</source>
        <translation>Seluruh isi berkas ini sudah tercatat dalam data kepegawaian; tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>%1 rows were imported into the register.</source>
        <translation>%1 baris telah diimpor ke dalam data kepegawaian.</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Impor selesai</translation>
    </message>
    <message>
        <source>What the import did to the register.</source>
        <translation>Perubahan yang dilakukan impor terhadap data kepegawaian.</translation>
    </message>
    <message>
        <source>1 row was imported into the register.</source>
        <translation>1 baris telah diimpor ke dalam data kepegawaian.</translation>
    </message>
    <message>
        <source>1 unit or jabatan was created for them.</source>
        <translation>1 unit kerja atau jabatan dibuat untuk baris tersebut.</translation>
    </message>
    <message>
        <source>%1 units and jabatan were created for them.</source>
        <translation>%1 unit kerja dan jabatan dibuat untuk baris-baris tersebut.</translation>
    </message>
    <message>
        <source>1 rejected row was left out.</source>
        <translation>1 baris yang ditolak tidak diimpor.</translation>
    </message>
    <message>
        <source>%1 rejected rows were left out.</source>
        <translation>%1 baris yang ditolak tidak diimpor.</translation>
    </message>
</context>
<context>
    <name>Simutasi::ImportRunPage</name>
    <message>
        <source>Importing</source>
        <translation>Mengimpor</translation>
    </message>
    <message>
        <source>The rows are written in one go: if you cancel, or anything goes wrong, the database stays exactly as it was.</source>
        <translation>Semua baris ditulis sekaligus: bila Anda membatalkan, atau terjadi kesalahan apa pun, basis data tetap persis seperti semula.</translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation>Batalkan impor</translation>
    </message>
    <message>
        <source>Checking the rows again…</source>
        <translation>Memeriksa ulang baris…</translation>
    </message>
    <message>
        <source>Cancelling: nothing will be written…</source>
        <translation>Membatalkan: tidak ada yang akan ditulis…</translation>
    </message>
    <message>
        <source>Writing row %1 of %2…</source>
        <translation>Menulis baris %1 dari %2…</translation>
    </message>
</context>
<context>
    <name>Simutasi::ImportWizard</name>
    <message>
        <source>Import data</source>
        <translation>Impor data</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Pegawai</translation>
    </message>
    <message>
        <source>SKP ratings</source>
        <translation>Nilai SKP</translation>
    </message>
    <message>
        <source>Jabatan and formasi</source>
        <translation>Jabatan dan formasi</translation>
    </message>
    <message>
        <source>Organisation units</source>
        <translation>Unit kerja</translation>
    </message>
    <message>
        <source>%1 - rejected rows.xlsx</source>
        <translation>%1 - baris ditolak.xlsx</translation>
    </message>
    <message>
        <source>Save the report of rejected rows</source>
        <translation>Simpan laporan baris yang ditolak</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV file (*.csv)</source>
        <translation>Buku kerja Excel (*.xlsx);;Berkas CSV (*.csv)</translation>
    </message>
    <message>
        <source>Report not saved</source>
        <translation>Laporan tidak disimpan</translation>
    </message>
</context>
<context>
    <name>Simutasi::JabatanCatalogueView</name>
    <message>
        <source>Find a jabatan by name, type or field of study</source>
        <translation>Cari jabatan berdasarkan nama, jenis, atau jurusan</translation>
    </message>
    <message>
        <source>Add jabatan…</source>
        <translation>Tambah jabatan…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Ubah…</translation>
    </message>
    <message>
        <source>Min. education</source>
        <translation>Pend. minimal</translation>
    </message>
    <message>
        <source>%1 jabatan</source>
        <translation>%1 jabatan</translation>
    </message>
    <message>
        <source>%1 of %2 jabatan</source>
        <translation>%1 dari %2 jabatan</translation>
    </message>
    <message>
        <source>Jabatan not saved</source>
        <translation>Jabatan tidak disimpan</translation>
    </message>
</context>
<context>
    <name>Simutasi::JabatanDialog</name>
    <message>
        <source>Add jabatan</source>
        <translation>Tambah jabatan</translation>
    </message>
    <message>
        <source>Edit jabatan</source>
        <translation>Ubah jabatan</translation>
    </message>
    <message>
        <source>e.g. Analis Kepegawaian Ahli Muda</source>
        <translation>misalnya Analis Kepegawaian Ahli Muda</translation>
    </message>
    <message>
        <source>Usual range</source>
        <translation>Rentang lazim</translation>
    </message>
    <message>
        <source>The golongan range usual for this type of jabatan</source>
        <translation>Rentang golongan yang lazim untuk jenis jabatan ini</translation>
    </message>
    <message>
        <source>to</source>
        <translation>sampai</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Semua jenjang</translation>
    </message>
    <message>
        <source>One field per line, e.g.
Pendidikan Matematika
Matematika
Leave empty to accept any field.</source>
        <translation>Satu jurusan per baris, misalnya
Pendidikan Matematika
Matematika
Kosongkan untuk menerima semua jurusan.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nama:</translation>
    </message>
    <message>
        <source>&amp;Type and level:</source>
        <translation>&amp;Jenis dan jenjang:</translation>
    </message>
    <message>
        <source>&amp;Golongan:</source>
        <translation>&amp;Golongan:</translation>
    </message>
    <message>
        <source>Minimum &amp;education:</source>
        <translation>&amp;Pendidikan minimal:</translation>
    </message>
    <message>
        <source>Accepted &amp;fields:</source>
        <translation>Jurusan yang &amp;diterima:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>The lowest golongan is above the highest.</source>
        <translation>Golongan terendah lebih tinggi daripada golongan tertinggi.</translation>
    </message>
</context>
<context>
    <name>Simutasi::JabatanTableModel</name>
    <message>
        <source>any</source>
        <translation>semua</translation>
    </message>
    <message>
        <source>any field</source>
        <translation>semua jurusan</translation>
    </message>
    <message>
        <source>Jabatan</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <source>Type and level</source>
        <translation>Jenis dan jenjang</translation>
    </message>
    <message>
        <source>Golongan</source>
        <translation>Golongan</translation>
    </message>
    <message>
        <source>Min. education</source>
        <translation>Pend. minimal</translation>
    </message>
    <message>
        <source>Accepted fields of study</source>
        <translation>Jurusan yang diterima</translation>
    </message>
</context>
<context>
    <name>Simutasi::LoginDialog</name>
    <message>
        <source>Log in</source>
        <translation>Masuk</translation>
    </message>
    <message>
        <source>Log in to &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation>Masuk ke &lt;b&gt;%1&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nama &amp;pengguna:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Kata sandi:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Demo database&lt;/b&gt; — log in as one of:</source>
        <translation>&lt;b&gt;Basis data demo&lt;/b&gt; — masuk sebagai salah satu dari:</translation>
    </message>
</context>
<context>
    <name>Simutasi::MainWindow</name>
    <message>
        <source>Home</source>
        <translation>Beranda</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Pegawai</translation>
    </message>
    <message>
        <source>Organisation &amp; Positions</source>
        <translation>Organisasi &amp; Jabatan</translation>
    </message>
    <message>
        <source>Needs Analysis</source>
        <translation>Analisis Kebutuhan</translation>
    </message>
    <message>
        <source>Competencies</source>
        <translation>Kompetensi</translation>
    </message>
    <message>
        <source>Transfer Proposals</source>
        <translation>Usulan Mutasi</translation>
    </message>
    <message>
        <source>Decrees &amp; Notification</source>
        <translation>SK &amp; Pemberitahuan</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Laporan</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Pengaturan</translation>
    </message>
    <message>
        <source>compare formasi with bezetting for every unit and jabatan, from the Anjab/ABK, and show where staff are short or in excess.</source>
        <translation>membandingkan formasi dengan bezetting untuk setiap unit kerja dan jabatan, berdasarkan Anjab/ABK, serta menunjukkan di mana pegawai kurang atau berlebih.</translation>
    </message>
    <message>
        <source>keep each employee&apos;s competency profile, match people to the requirements of a jabatan and show the 9-box talent grid.</source>
        <translation>menyimpan profil kompetensi setiap pegawai, mencocokkan pegawai dengan persyaratan jabatan, dan menampilkan matriks talenta 9 kotak (9-box).</translation>
    </message>
    <message>
        <source>take a transfer proposal from draft through BKD verification and the Baperjakat review to approval, checking the eligibility rules on the way.</source>
        <translation>memproses usulan mutasi mulai dari draf, melalui verifikasi BKD dan pertimbangan Baperjakat, hingga persetujuan, sambil memeriksa aturan kelayakan di setiap tahap.</translation>
    </message>
    <message>
        <source>number and print the SK Mutasi with its annex and petikan, and record how each employee was informed.</source>
        <translation>memberi nomor dan mencetak SK Mutasi beserta lampiran dan petikannya, serta mencatat cara setiap pegawai diberi tahu.</translation>
    </message>
    <message>
        <source>print and export the transfer recap, formasi against bezetting, the DUK, and the lists of rotations due and of retirements near.</source>
        <translation>mencetak dan mengekspor rekap mutasi, formasi terhadap bezetting, DUK, serta daftar pegawai yang sudah waktunya dirotasi dan yang mendekati pensiun.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Berkas</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation>Basis data ba&amp;ru…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Buka…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Basis data &amp;terakhir</translation>
    </message>
    <message>
        <source>Create &amp;demo database…</source>
        <translation>Buat basis data &amp;demo…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Keluar</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ba&amp;ntuan</translation>
    </message>
    <message>
        <source>&amp;About Simutasi</source>
        <translation>&amp;Tentang Simutasi</translation>
    </message>
    <message>
        <source>BKD Provinsi Wanggar</source>
        <translation>BKD Provinsi Wanggar</translation>
    </message>
    <message>
        <source>Database upgraded</source>
        <translation>Basis data ditingkatkan</translation>
    </message>
    <message>
        <source>%1 was upgraded to the format of this version of Simutasi. A copy of the file as it was before is kept as %2.</source>
        <translation>%1 telah ditingkatkan ke format Simutasi versi ini. Salinan berkas dalam keadaan sebelumnya disimpan sebagai %2.</translation>
    </message>
    <message>
        <source>Creating a demo province with %1 employees…</source>
        <translation>Membuat provinsi demo dengan %1 pegawai…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Demo database</source>
        <translation>Basis data demo</translation>
    </message>
    <message>
        <source>Creating the demo database…</source>
        <translation>Membuat basis data demo…</translation>
    </message>
    <message>
        <source>Creating the demo database was cancelled.</source>
        <translation>Pembuatan basis data demo dibatalkan.</translation>
    </message>
    <message>
        <source>The demo database could not be created</source>
        <translation>Basis data demo tidak dapat dibuat</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 dibuka</translation>
    </message>
    <message>
        <source>File in use</source>
        <translation>Berkas sedang digunakan</translation>
    </message>
    <message>
        <source>%1 is the database open now. Choose another file name.</source>
        <translation>%1 adalah basis data yang sedang terbuka. Pilih nama berkas lain.</translation>
    </message>
    <message>
        <source>Replace file?</source>
        <translation>Ganti berkas?</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it? Everything in it will be lost.</source>
        <translation>%1 sudah ada. Ganti berkas tersebut? Semua isinya akan hilang.</translation>
    </message>
    <message>
        <source>File not replaced</source>
        <translation>Berkas tidak diganti</translation>
    </message>
    <message>
        <source>%1 could not be removed. Check that no other program uses it and that you may write to its folder.</source>
        <translation>%1 tidak dapat dihapus. Pastikan tidak ada program lain yang menggunakannya dan Anda memiliki izin menulis ke foldernya.</translation>
    </message>
    <message>
        <source>The database could not be opened</source>
        <translation>Basis data tidak dapat dibuka</translation>
    </message>
    <message>
        <source>Simutasi — %1</source>
        <translation>Simutasi — %1</translation>
    </message>
    <message>
        <source>No database open</source>
        <translation>Tidak ada basis data yang terbuka</translation>
    </message>
    <message>
        <source>Simutasi database (*.db *.sqlite)</source>
        <translation>Basis data Simutasi (*.db *.sqlite)</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>Basis data baru</translation>
    </message>
    <message>
        <source>simutasi.db</source>
        <translation>simutasi.db</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Buka basis data</translation>
    </message>
    <message>
        <source>Create demo database</source>
        <translation>Buat basis data demo</translation>
    </message>
    <message>
        <source>%1 (missing)</source>
        <translation>%1 (tidak ditemukan)</translation>
    </message>
    <message>
        <source>No recent databases</source>
        <translation>Belum ada basis data yang baru dibuka</translation>
    </message>
    <message>
        <source>Clear list</source>
        <translation>Kosongkan daftar</translation>
    </message>
    <message>
        <source>About Simutasi</source>
        <translation>Tentang Simutasi</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Simutasi %1&lt;/h3&gt;&lt;p&gt;Sistem Informasi Mutasi ASN: plans, reviews, decrees and reports the transfers of the civil servants of Provinsi Wanggar.&lt;/p&gt;&lt;p&gt;BKD Provinsi Wanggar&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Simutasi %1&lt;/h3&gt;&lt;p&gt;Sistem Informasi Mutasi ASN: merencanakan, menelaah, menetapkan SK, dan melaporkan mutasi ASN di lingkungan Pemerintah Provinsi Wanggar.&lt;/p&gt;&lt;p&gt;BKD Provinsi Wanggar&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Impor…</translation>
    </message>
    <message>
        <source>Log &amp;out / switch user…</source>
        <translation>Ke&amp;luar akun / ganti pengguna…</translation>
    </message>
    <message>
        <source>&amp;Users…</source>
        <translation>&amp;Pengguna…</translation>
    </message>
    <message>
        <source>Audit &amp;trail…</source>
        <translation>&amp;Jejak audit…</translation>
    </message>
    <message>
        <source>Log-in cancelled: %1 was not opened.</source>
        <translation>Masuk dibatalkan: %1 tidak dibuka.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Logged in: %1</source>
        <translation>Masuk sebagai: %1</translation>
    </message>
</context>
<context>
    <name>Simutasi::NeedsAnalysisPage</name>
    <message>
        <source>Needs Analysis</source>
        <translation>Analisis Kebutuhan</translation>
    </message>
    <message>
        <source>Formasi against bezetting for every jabatan in every unit: where staff are short, where they are in excess, and who could fill the gaps</source>
        <translation>Formasi dibandingkan bezetting untuk setiap jabatan di setiap unit kerja: di mana pegawai kurang, di mana berlebih, dan siapa yang dapat mengisi kekosongan</translation>
    </message>
    <message>
        <source>Jabatan × unit</source>
        <translation>Jabatan × unit kerja</translation>
    </message>
    <message>
        <source>OPD</source>
        <translation>OPD</translation>
    </message>
    <message>
        <source>Kabupaten/kota</source>
        <translation>Kabupaten/kota</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Provinsi</translation>
    </message>
    <message>
        <source>Remote first</source>
        <translation>Daerah terpencil dahulu</translation>
    </message>
    <message>
        <source>List posts in remote areas (daerah terpencil) before the others, whatever the sort column</source>
        <translation>Tampilkan jabatan di daerah terpencil sebelum yang lain, apa pun kolom pengurutannya</translation>
    </message>
    <message>
        <source>Only remote</source>
        <translation>Hanya daerah terpencil</translation>
    </message>
    <message>
        <source>Only units in remote areas, in the table and the totals</source>
        <translation>Hanya unit kerja di daerah terpencil, dalam tabel dan jumlah total</translation>
    </message>
    <message>
        <source>How fill rate, ABK and the candidate order are computed</source>
        <translation>Cara menghitung tingkat keterisian, ABK, dan urutan calon</translation>
    </message>
    <message>
        <source>ABK…</source>
        <translation>ABK…</translation>
    </message>
    <message>
        <source>Workload analysis of the selected jabatan in its unit</source>
        <translation>Analisis beban kerja jabatan terpilih di unit kerjanya</translation>
    </message>
    <message>
        <source>Find candidates…</source>
        <translation>Cari calon…</translation>
    </message>
    <message>
        <source>Rank the employees of the province for the selected shortage</source>
        <translation>Urutkan pegawai provinsi untuk kekurangan yang dipilih</translation>
    </message>
    <message>
        <source>Needs analysis wizard…</source>
        <translation>Wizard analisis kebutuhan…</translation>
    </message>
    <message>
        <source>Rules…</source>
        <translation>Aturan…</translation>
    </message>
    <message>
        <source>Unit with surplus</source>
        <translation>Unit kerja dengan kelebihan</translation>
    </message>
    <message>
        <source>Jabatan</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <source>Surplus</source>
        <translation>Kelebihan</translation>
    </message>
    <message>
        <source>Could give</source>
        <translation>Dapat memberi</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Kecocokan</translation>
    </message>
    <message>
        <source>The smaller of the surplus there and the shortage here</source>
        <translation>Nilai terkecil antara kelebihan di sana dan kekurangan di sini</translation>
    </message>
    <message>
        <source>Units with a surplus of the same jabatan, or of the same fungsional family at another level; the same kabupaten/kota first, then the same jabatan, then the larger surplus</source>
        <translation>Unit kerja dengan kelebihan pada jabatan yang sama, atau pada rumpun fungsional yang sama di jenjang lain; kabupaten/kota yang sama lebih dahulu, lalu jabatan yang sama, lalu kelebihan yang lebih besar</translation>
    </message>
    <message>
        <source>Level:</source>
        <translation>Tingkat:</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Fill rate.&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;&lt;b&gt;ABK.&lt;/b&gt; %2&lt;/p&gt;&lt;p&gt;&lt;b&gt;Candidate order.&lt;/b&gt; %3&lt;/p&gt;&lt;p&gt;&lt;b&gt;Job-person match.&lt;/b&gt; %4&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Tingkat keterisian.&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;&lt;b&gt;ABK.&lt;/b&gt; %2&lt;/p&gt;&lt;p&gt;&lt;b&gt;Urutan calon.&lt;/b&gt; %3&lt;/p&gt;&lt;p&gt;&lt;b&gt;Kecocokan jabatan-pegawai.&lt;/b&gt; %4&lt;/p&gt;</translation>
    </message>
    <message>
        <source>How the needs analysis is computed</source>
        <translation>Cara menghitung analisis kebutuhan</translation>
    </message>
    <message>
        <source>All OPDs</source>
        <translation>Semua OPD</translation>
    </message>
    <message>
        <source>All kabupaten/kota</source>
        <translation>Semua kabupaten/kota</translation>
    </message>
    <message>
        <source>All jabatan types</source>
        <translation>Semua jenis jabatan</translation>
    </message>
    <message>
        <source>Needs analysis failed</source>
        <translation>Analisis kebutuhan gagal</translation>
    </message>
    <message>
        <source>Open a database to see formasi against bezetting.</source>
        <translation>Buka basis data untuk melihat formasi dibandingkan bezetting.</translation>
    </message>
    <message>
        <source>No formasi and no employees in this selection.</source>
        <translation>Tidak ada formasi dan tidak ada pegawai dalam pilihan ini.</translation>
    </message>
    <message>
        <source>Formasi &lt;b&gt;%1&lt;/b&gt; · bezetting &lt;b&gt;%2&lt;/b&gt; · fill rate &lt;b&gt;%3&lt;/b&gt; · &lt;span style=&apos;color:#b42318&apos;&gt;shortage &lt;b&gt;%4&lt;/b&gt;&lt;/span&gt; (in remote units %5) · &lt;span style=&apos;color:#9a5b00&apos;&gt;surplus &lt;b&gt;%6&lt;/b&gt;&lt;/span&gt;</source>
        <translation>Formasi &lt;b&gt;%1&lt;/b&gt; · bezetting &lt;b&gt;%2&lt;/b&gt; · tingkat keterisian &lt;b&gt;%3&lt;/b&gt; · &lt;span style=&apos;color:#b42318&apos;&gt;kekurangan &lt;b&gt;%4&lt;/b&gt;&lt;/span&gt; (di unit kerja terpencil %5) · &lt;span style=&apos;color:#9a5b00&apos;&gt;kelebihan &lt;b&gt;%6&lt;/b&gt;&lt;/span&gt;</translation>
    </message>
    <message>
        <source>%1 posts (jabatan × unit).
%2</source>
        <translation>%1 jabatan (jabatan × unit kerja).
%2</translation>
    </message>
    <message>
        <source>&lt;b&gt;Balancing.&lt;/b&gt; Select a post with a shortage to see the units that could give staff to it.</source>
        <translation>&lt;b&gt;Pemerataan.&lt;/b&gt; Pilih jabatan yang kekurangan untuk melihat unit kerja yang dapat memberikan pegawainya.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Balancing.&lt;/b&gt; Choose the level “Jabatan × unit” and select a shortage to see the units that could give staff to it.</source>
        <translation>&lt;b&gt;Pemerataan.&lt;/b&gt; Pilih tingkat “Jabatan × unit kerja” dan pilih suatu kekurangan untuk melihat unit kerja yang dapat memberikan pegawainya.</translation>
    </message>
    <message>
        <source>%1 in %2 is short by %3</source>
        <translation>%1 di %2 kekurangan %3</translation>
    </message>
    <message>
        <source>&lt;b&gt;Balancing.&lt;/b&gt; %1. No unit of the province has a surplus of this or a compatible jabatan.</source>
        <translation>&lt;b&gt;Pemerataan.&lt;/b&gt; %1. Tidak ada unit kerja di provinsi yang memiliki kelebihan pada jabatan ini atau jabatan yang sesuai.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Balancing.&lt;/b&gt; %1. Units with a surplus of this or a compatible jabatan:</source>
        <translation>&lt;b&gt;Pemerataan.&lt;/b&gt; %1. Unit kerja dengan kelebihan pada jabatan ini atau jabatan yang sesuai:</translation>
    </message>
    <message>
        <source>province-wide</source>
        <translation>seluruh provinsi</translation>
    </message>
    <message>
        <source>same jabatan</source>
        <translation>jabatan sama</translation>
    </message>
    <message>
        <source>compatible jabatan</source>
        <translation>jabatan sesuai</translation>
    </message>
    <message>
        <source>same kabupaten/kota</source>
        <translation>kabupaten/kota sama</translation>
    </message>
    <message>
        <source>Eligibility rules</source>
        <translation>Aturan kelayakan</translation>
    </message>
    <message>
        <source>The rules are stored in the database: open one first.</source>
        <translation>Aturan tersimpan di basis data: buka basis data terlebih dahulu.</translation>
    </message>
    <message>
        <source>The eligibility rules for transfers</source>
        <translation>Aturan kelayakan untuk mutasi</translation>
    </message>
</context>
<context>
    <name>Simutasi::NeedsPickPage</name>
    <message>
        <source>Vacancies to fill</source>
        <translation>Lowongan yang akan diisi</translation>
    </message>
    <message>
        <source>Tick the shortages to search candidates for. Remote units are listed first.</source>
        <translation>Centang kekurangan yang akan dicarikan calon. Unit kerja terpencil ditampilkan lebih dahulu.</translation>
    </message>
    <message>
        <source>Tick all remote</source>
        <translation>Centang semua daerah terpencil</translation>
    </message>
    <message>
        <source>Untick all</source>
        <translation>Hapus semua centang</translation>
    </message>
    <message>
        <source>There is no shortage in this scope.</source>
        <translation>Tidak ada kekurangan dalam cakupan ini.</translation>
    </message>
    <message>
        <source>%1 vacancies ticked, %2 persons short</source>
        <translation>%1 lowongan dicentang, kekurangan %2 orang</translation>
    </message>
</context>
<context>
    <name>Simutasi::NeedsReviewPage</name>
    <message>
        <source>Shortages and surpluses</source>
        <translation>Kekurangan dan kelebihan</translation>
    </message>
    <message>
        <source>Every post of the scope whose bezetting differs from its formasi. Click a column header to sort.</source>
        <translation>Setiap jabatan dalam cakupan yang bezetting-nya berbeda dari formasinya. Klik judul kolom untuk mengurutkan.</translation>
    </message>
    <message>
        <source>%1 posts in scope (the table lists those with a shortage or a surplus): formasi %2, bezetting %3, fill rate %4. Shortage %5 in %6 posts (%7 in remote units); surplus %8 in %9 posts.</source>
        <translation>%1 jabatan dalam cakupan (tabel menampilkan yang kekurangan atau kelebihan): formasi %2, bezetting %3, tingkat keterisian %4. Kekurangan %5 pada %6 jabatan (%7 di unit kerja terpencil); kelebihan %8 pada %9 jabatan.</translation>
    </message>
</context>
<context>
    <name>Simutasi::NeedsScopePage</name>
    <message>
        <source>Scope</source>
        <translation>Cakupan</translation>
    </message>
    <message>
        <source>Which part of the province to analyse. Nothing ticked in a list means all of it.</source>
        <translation>Bagian provinsi yang akan dianalisis. Jika tidak ada yang dicentang dalam daftar, berarti semuanya.</translation>
    </message>
    <message>
        <source>Only units in remote areas (daerah terpencil)</source>
        <translation>Hanya unit kerja di daerah terpencil</translation>
    </message>
    <message>
        <source>OPD</source>
        <translation>OPD</translation>
    </message>
    <message>
        <source>Kabupaten/kota</source>
        <translation>Kabupaten/kota</translation>
    </message>
    <message>
        <source>Jabatan type</source>
        <translation>Jenis jabatan</translation>
    </message>
    <message>
        <source>Analysing %1, %2, %3%4.</source>
        <translation>Menganalisis %1, %2, %3%4.</translation>
    </message>
    <message>
        <source>every OPD</source>
        <translation>semua OPD</translation>
    </message>
    <message>
        <source>%1 OPD(s)</source>
        <translation>%1 OPD</translation>
    </message>
    <message>
        <source>every kabupaten/kota</source>
        <translation>semua kabupaten/kota</translation>
    </message>
    <message>
        <source>%1 kabupaten/kota</source>
        <translation>%1 kabupaten/kota</translation>
    </message>
    <message>
        <source>every jabatan type</source>
        <translation>semua jenis jabatan</translation>
    </message>
    <message>
        <source>%1 jabatan type(s)</source>
        <translation>%1 jenis jabatan</translation>
    </message>
    <message>
        <source>, remote units only</source>
        <translation>, hanya unit kerja terpencil</translation>
    </message>
</context>
<context>
    <name>Simutasi::NeedsTableModel</name>
    <message>
        <source>Remote area (daerah terpencil)</source>
        <translation>Daerah terpencil</translation>
    </message>
    <message>
        <source>Fill rate = filled ÷ formasi. Per post, filled is the smaller of bezetting and formasi, so a surplus in one unit never hides a shortage in another; rolled up, the filled and the formasi of all posts are summed. A post without formasi counts as fully filled: nothing is missing there. Shortage = formasi − bezetting where positive, surplus = bezetting − formasi where positive, both summed per post.</source>
        <translation>Tingkat keterisian = terisi ÷ formasi. Per jabatan, terisi adalah nilai terkecil antara bezetting dan formasi, sehingga kelebihan di satu unit kerja tidak pernah menutupi kekurangan di unit kerja lain; saat direkap, nilai terisi dan formasi semua jabatan dijumlahkan. Jabatan tanpa formasi dihitung terisi penuh: tidak ada yang kurang di sana. Kekurangan = formasi − bezetting bila positif, kelebihan = bezetting − formasi bila positif, keduanya dijumlahkan per jabatan.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>%1 of %2 filled</source>
        <translation>%1 dari %2 terisi</translation>
    </message>
    <message>
        <source>province-wide</source>
        <translation>seluruh provinsi</translation>
    </message>
    <message>
        <source>Jabatan</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <source>OPD</source>
        <translation>OPD</translation>
    </message>
    <message>
        <source>Kabupaten/kota</source>
        <translation>Kabupaten/kota</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Provinsi</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit kerja</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>Jumlah jabatan</translation>
    </message>
    <message>
        <source>Formasi</source>
        <translation>Formasi</translation>
    </message>
    <message>
        <source>Bezetting</source>
        <translation>Bezetting</translation>
    </message>
    <message>
        <source>Shortage</source>
        <translation>Kekurangan</translation>
    </message>
    <message>
        <source>Surplus</source>
        <translation>Kelebihan</translation>
    </message>
    <message>
        <source>Fill rate</source>
        <translation>Tingkat keterisian</translation>
    </message>
    <message>
        <source>Shortage in remote units</source>
        <translation>Kekurangan di unit kerja terpencil</translation>
    </message>
    <message>
        <source>Required headcount (from the Anjab/ABK)</source>
        <translation>Jumlah kebutuhan pegawai (dari Anjab/ABK)</translation>
    </message>
    <message>
        <source>Employees holding the jabatan there now</source>
        <translation>Pegawai yang saat ini memangku jabatan tersebut di sana</translation>
    </message>
    <message>
        <source>Jabatan × unit combinations with a formasi or holders</source>
        <translation>Kombinasi jabatan × unit kerja yang memiliki formasi atau pemangku</translation>
    </message>
</context>
<context>
    <name>Simutasi::NeedsWizard</name>
    <message>
        <source>Needs analysis</source>
        <translation>Analisis kebutuhan</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Needs analysis failed</source>
        <translation>Analisis kebutuhan gagal</translation>
    </message>
    <message>
        <source>%1 — %2 (short %3)</source>
        <translation>%1 — %2 (kurang %3)</translation>
    </message>
    <message>
        <source>Candidates could not be loaded</source>
        <translation>Calon tidak dapat dimuat</translation>
    </message>
</context>
<context>
    <name>Simutasi::OrgPage</name>
    <message>
        <source>Units and formasi</source>
        <translation>Unit kerja dan formasi</translation>
    </message>
    <message>
        <source>Jabatan catalogue</source>
        <translation>Katalog jabatan</translation>
    </message>
    <message>
        <source>Organisation &amp; Positions</source>
        <translation>Organisasi &amp; Jabatan</translation>
    </message>
    <message>
        <source>The OPDs and units of the province, the formasi of every unit against its bezetting, and the jabatan catalogue</source>
        <translation>OPD dan unit kerja provinsi, formasi setiap unit kerja dibandingkan bezetting-nya, serta katalog jabatan</translation>
    </message>
</context>
<context>
    <name>Simutasi::OrgTreeModel</name>
    <message>
        <source>Closed %1</source>
        <translation>Ditutup %1</translation>
    </message>
    <message>
        <source>%1  ·  closed %2</source>
        <translation>%1  ·  ditutup %2</translation>
    </message>
    <message>
        <source>Daerah terpencil (remote area)</source>
        <translation>Daerah terpencil</translation>
    </message>
    <message>
        <source>%1 employees, %2 of them directly in this unit</source>
        <translation>%1 pegawai, %2 di antaranya langsung di unit kerja ini</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit kerja</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Kabupaten/Kota</source>
        <translation>Kabupaten/Kota</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Pegawai</translation>
    </message>
</context>
<context>
    <name>Simutasi::OrgUnitsView</name>
    <message>
        <source>Find a unit by name or code</source>
        <translation>Cari unit kerja berdasarkan nama atau kode</translation>
    </message>
    <message>
        <source>Show closed units</source>
        <translation>Tampilkan unit kerja yang ditutup</translation>
    </message>
    <message>
        <source>Add unit…</source>
        <translation>Tambah unit kerja…</translation>
    </message>
    <message>
        <source>Add a unit below the chosen one</source>
        <translation>Tambahkan unit kerja di bawah unit yang dipilih</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Ubah…</translation>
    </message>
    <message>
        <source>Name, kind, code, kabupaten/kota and remote flag</source>
        <translation>Nama, jenis, kode, kabupaten/kota, dan tanda daerah terpencil</translation>
    </message>
    <message>
        <source>Move to…</source>
        <translation>Pindahkan ke…</translation>
    </message>
    <message>
        <source>Put the unit, with everything below it, somewhere else in the tree. You can also drag it there.</source>
        <translation>Pindahkan unit kerja beserta semua yang ada di bawahnya ke tempat lain dalam struktur organisasi. Anda juga dapat menyeretnya ke sana.</translation>
    </message>
    <message>
        <source>Close…</source>
        <translation>Tutup unit…</translation>
    </message>
    <message>
        <source>Record the date on which the unit stopped working</source>
        <translation>Catat tanggal unit kerja berhenti beroperasi</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Buka kembali</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Only for a unit created by mistake that nothing refers to</source>
        <translation>Hanya untuk unit kerja yang keliru dibuat dan tidak dirujuk oleh data apa pun</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Pegawai</translation>
    </message>
    <message>
        <source>Unit not added</source>
        <translation>Unit kerja tidak ditambahkan</translation>
    </message>
    <message>
        <source>Unit not changed</source>
        <translation>Unit kerja tidak diubah</translation>
    </message>
    <message>
        <source>Unit not renamed</source>
        <translation>Nama unit kerja tidak diubah</translation>
    </message>
    <message>
        <source>Move unit</source>
        <translation>Pindahkan unit kerja</translation>
    </message>
    <message>
        <source>Unit not moved</source>
        <translation>Unit kerja tidak dipindahkan</translation>
    </message>
    <message>
        <source>Unit not closed</source>
        <translation>Unit kerja tidak ditutup</translation>
    </message>
    <message>
        <source>Unit not reopened</source>
        <translation>Unit kerja tidak dibuka kembali</translation>
    </message>
    <message>
        <source>Unit cannot be removed</source>
        <translation>Unit kerja tidak dapat dihapus</translation>
    </message>
    <message>
        <source>Close it now?</source>
        <translation>Tutup unit kerja ini sekarang?</translation>
    </message>
    <message>
        <source>Remove unit</source>
        <translation>Hapus unit kerja</translation>
    </message>
    <message>
        <source>Remove %1? Nothing refers to it, so it can go as if it had never been created. The removal is recorded in the audit trail.</source>
        <translation>Hapus %1? Tidak ada data yang merujuk ke unit kerja ini, sehingga unit ini dapat dihapus seolah-olah tidak pernah dibuat. Penghapusan ini dicatat dalam jejak audit.</translation>
    </message>
    <message>
        <source>Unit not removed</source>
        <translation>Unit kerja tidak dihapus</translation>
    </message>
    <message>
        <source>Move %1 to %2?</source>
        <translation>Pindahkan %1 ke %2?</translation>
    </message>
    <message>
        <source>Move %1, with everything below it, to %2?</source>
        <translation>Pindahkan %1, beserta semua yang ada di bawahnya, ke %2?</translation>
    </message>
</context>
<context>
    <name>Simutasi::PlaceholderPage</name>
    <message>
        <source>This area is not available yet.</source>
        <translation>Bagian ini belum tersedia.</translation>
    </message>
    <message>
        <source>It will: %1</source>
        <translation>Nantinya bagian ini akan %1</translation>
    </message>
</context>
<context>
    <name>Simutasi::ProposalLinesModel</name>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>No rule warns.</source>
        <translation>Tidak ada aturan yang memberi peringatan.</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Alasan: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Peringatan: %1</translation>
    </message>
    <message>
        <source>Eligible</source>
        <translation>Layak</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>Pegawai</translation>
    </message>
    <message>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Dari</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Ke</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Planned TMT</source>
        <translation>TMT rencana</translation>
    </message>
    <message>
        <source>Eligibility</source>
        <translation>Kelayakan</translation>
    </message>
    <message>
        <source>Justification</source>
        <translation>Justifikasi</translation>
    </message>
    <message>
        <source>JPM</source>
        <translation>JPM</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Keputusan</translation>
    </message>
</context>
<context>
    <name>Simutasi::ProposalListModel</name>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nomor</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Baris</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Disetujui</translation>
    </message>
    <message>
        <source>Planned TMT</source>
        <translation>TMT rencana</translation>
    </message>
    <message>
        <source>Created by</source>
        <translation>Dibuat oleh</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Dibuat</translation>
    </message>
</context>
<context>
    <name>Simutasi::ProposalWizard</name>
    <message>
        <source>Add lines to %1</source>
        <translation>Tambah baris ke %1</translation>
    </message>
    <message>
        <source>New proposal</source>
        <translation>Usulan baru</translation>
    </message>
    <message>
        <source>e.g. Guru ke sekolah terpencil 2027</source>
        <translation>mis. Guru ke sekolah terpencil 2027</translation>
    </message>
    <message>
        <source>e.g. Pemerataan guru</source>
        <translation>mis. Pemerataan guru</translation>
    </message>
    <message>
        <source>Requested by the employees themselves</source>
        <translation>Atas permintaan pegawai sendiri</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Judul:</translation>
    </message>
    <message>
        <source>&amp;Reason (every line added):</source>
        <translation>&amp;Alasan (untuk setiap baris yang ditambahkan):</translation>
    </message>
    <message>
        <source>Planned &amp;TMT:</source>
        <translation>&amp;TMT rencana:</translation>
    </message>
    <message>
        <source>Pick employees</source>
        <translation>Pilih pegawai</translation>
    </message>
    <message>
        <source>From a shortlist</source>
        <translation>Dari daftar pendek</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>Pegawai</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Ke</translation>
    </message>
    <message>
        <source>Eligibility and conflicts</source>
        <translation>Kelayakan dan konflik</translation>
    </message>
    <message>
        <source>Justification</source>
        <translation>Justifikasi</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Remove selected lines</source>
        <translation>Hapus baris terpilih</translation>
    </message>
    <message>
        <source>&lt;b&gt;Lines to propose&lt;/b&gt; — blocked employees cannot be proposed; a warning needs a justification (double-click the cell).</source>
        <translation>&lt;b&gt;Baris yang akan diusulkan&lt;/b&gt; — pegawai yang terhalang tidak dapat diusulkan; peringatan memerlukan justifikasi (klik dua kali pada selnya).</translation>
    </message>
    <message>
        <source>Add lines</source>
        <translation>Tambah baris</translation>
    </message>
    <message>
        <source>Create draft</source>
        <translation>Buat draf</translation>
    </message>
    <message>
        <source>Search by name or NIP…</source>
        <translation>Cari berdasarkan nama atau NIP…</translation>
    </message>
    <message>
        <source>Choose the target unit…</source>
        <translation>Pilih unit kerja tujuan…</translation>
    </message>
    <message>
        <source>Check and add selected ↓</source>
        <translation>Periksa dan tambahkan yang dipilih ↓</translation>
    </message>
    <message>
        <source>To unit:</source>
        <translation>Ke unit kerja:</translation>
    </message>
    <message>
        <source>jabatan:</source>
        <translation>jabatan:</translation>
    </message>
    <message numerus="yes">
        <source>%1 in %2 (%n candidate(s))</source>
        <translation>
            <numerusform>%1 di %2 (%n calon)</numerusform>
        </translation>
    </message>
    <message>
        <source>No vacancy has a shortlist yet. Shortlists are kept on the Needs Analysis page from the candidate ranking.</source>
        <translation>Belum ada lowongan yang memiliki daftar pendek. Daftar pendek disusun di halaman Analisis Kebutuhan dari peringkat calon.</translation>
    </message>
    <message>
        <source>Every candidate shortlisted for the vacancy becomes a line into it.</source>
        <translation>Setiap calon dalam daftar pendek lowongan menjadi satu baris ke lowongan tersebut.</translation>
    </message>
    <message>
        <source>Check and add the shortlist ↓</source>
        <translation>Periksa dan tambahkan daftar pendek ↓</translation>
    </message>
    <message>
        <source>%1 (formasi %2)</source>
        <translation>%1 (formasi %2)</translation>
    </message>
    <message>
        <source>No employee chosen</source>
        <translation>Belum ada pegawai yang dipilih</translation>
    </message>
    <message>
        <source>Select one or more employees in the list first.</source>
        <translation>Pilih satu pegawai atau lebih dalam daftar terlebih dahulu.</translation>
    </message>
    <message>
        <source>No target post</source>
        <translation>Tidak ada jabatan tujuan</translation>
    </message>
    <message>
        <source>Choose the unit and the jabatan the employees move to.</source>
        <translation>Pilih unit kerja dan jabatan tujuan mutasi pegawai.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>Blocking: %1</source>
        <translation>Menghalangi: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Peringatan: %1</translation>
    </message>
    <message>
        <source>Conflict: %1</source>
        <translation>Konflik: %1</translation>
    </message>
    <message>
        <source>Passes every rule</source>
        <translation>Memenuhi semua aturan</translation>
    </message>
    <message>
        <source> · JPM %1</source>
        <translation> · JPM %1</translation>
    </message>
    <message>
        <source>JPM %1</source>
        <translation>JPM %1</translation>
    </message>
    <message>
        <source>Blocked — not added</source>
        <translation>Terhalang — tidak ditambahkan</translation>
    </message>
    <message>
        <source>Needs a justification</source>
        <translation>Memerlukan justifikasi</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Siap</translation>
    </message>
    <message>
        <source>Ready (conflict: resolve before submitting)</source>
        <translation>Siap (konflik: selesaikan sebelum diajukan)</translation>
    </message>
    <message>
        <source>%1 ready, %2 need a justification, %3 blocked.</source>
        <translation>%1 siap, %2 memerlukan justifikasi, %3 terhalang.</translation>
    </message>
    <message>
        <source>Justification missing</source>
        <translation>Justifikasi belum diisi</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) have eligibility warnings: write a justification for each, or remove them.</source>
        <translation>
            <numerusform>%n baris memiliki peringatan kelayakan: tulis justifikasi untuk masing-masing, atau hapus baris tersebut.</numerusform>
        </translation>
    </message>
    <message>
        <source>Title missing</source>
        <translation>Judul belum diisi</translation>
    </message>
    <message>
        <source>Give the proposal a title.</source>
        <translation>Beri judul untuk usulan ini.</translation>
    </message>
    <message>
        <source>The proposal was not created</source>
        <translation>Usulan tidak dibuat</translation>
    </message>
    <message>
        <source>Some lines were not added</source>
        <translation>Sebagian baris tidak ditambahkan</translation>
    </message>
</context>
<context>
    <name>Simutasi::RankingModel</name>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>tidak diketahui</translation>
    </message>
    <message>
        <source>none</source>
        <translation>tidak ada</translation>
    </message>
    <message>
        <source>shortlisted</source>
        <translation>dalam daftar pendek</translation>
    </message>
    <message>
        <source>from a post in surplus</source>
        <translation>dari jabatan yang kelebihan</translation>
    </message>
    <message>
        <source>rotation due</source>
        <translation>sudah waktunya rotasi</translation>
    </message>
    <message>
        <source>Blocked candidates can be looked at but not shortlisted</source>
        <translation>Calon yang terhalang dapat dilihat tetapi tidak dapat dimasukkan ke daftar pendek</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <source>Eligibility</source>
        <translation>Kelayakan</translation>
    </message>
    <message>
        <source>JPM</source>
        <translation>JPM</translation>
    </message>
    <message>
        <source>Current jabatan and unit</source>
        <translation>Jabatan dan unit kerja saat ini</translation>
    </message>
    <message>
        <source>Time in post</source>
        <translation>Lama dalam jabatan</translation>
    </message>
    <message>
        <source>Last SKP</source>
        <translation>SKP terakhir</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Every employee of the province is judged by the eligibility rules. The order is: 1. eligibility — eligible, then eligible with warnings, then (only when shown) blocked; 2. job-person match (JPM), highest first; 3. tie-breakers — from a post in surplus first (moving them relieves it), then longer time in the current post, then the better SKP of the last year. Holders of the vacancy&apos;s own post are not candidates for it.</source>
        <translation>Setiap pegawai provinsi dinilai berdasarkan aturan kelayakan. Urutannya: 1. kelayakan — layak, lalu layak dengan peringatan, lalu (hanya bila ditampilkan) terhalang; 2. kecocokan jabatan-pegawai (JPM), tertinggi lebih dahulu; 3. penentu jika nilai sama — dari jabatan yang kelebihan lebih dahulu (memutasinya mengurangi kelebihan), lalu masa dalam jabatan saat ini yang lebih lama, lalu SKP tahun terakhir yang lebih baik. Pemangku jabatan lowongan itu sendiri bukan calon untuk lowongan tersebut.</translation>
    </message>
</context>
<context>
    <name>Simutasi::ReportsPage</name>
    <message>
        <source>Reports</source>
        <translation>Laporan</translation>
    </message>
    <message>
        <source>Recaps for the leadership and the BKN, as spreadsheets or on paper.</source>
        <translation>Rekapitulasi untuk pimpinan dan BKN, dalam bentuk lembar kerja atau cetakan.</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Tampilkan</translation>
    </message>
    <message>
        <source>Export .xlsx…</source>
        <translation>Ekspor .xlsx…</translation>
    </message>
    <message>
        <source>Export .csv…</source>
        <translation>Ekspor .csv…</translation>
    </message>
    <message>
        <source>Print preview…</source>
        <translation>Pratinjau cetak…</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Dari</translation>
    </message>
    <message>
        <source>to</source>
        <translation>sampai</translation>
    </message>
    <message>
        <source>Kabupaten/Kota</source>
        <translation>Kabupaten/Kota</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Semua status</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>Per tanggal</translation>
    </message>
    <message>
        <source>All OPDs</source>
        <translation>Semua OPD</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Semua</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Preparing the report %1…</source>
        <translation>Menyiapkan laporan %1…</translation>
    </message>
    <message>
        <source>The report could not be prepared</source>
        <translation>Laporan tidak dapat disiapkan</translation>
    </message>
    <message>
        <source>Choose the filters and press Show.</source>
        <translation>Pilih filter lalu tekan Tampilkan.</translation>
    </message>
    <message>
        <source>Open a database to see its reports.</source>
        <translation>Buka basis data untuk melihat laporannya.</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Menulis %1…</translation>
    </message>
    <message>
        <source>The report could not be saved</source>
        <translation>Laporan tidak dapat disimpan</translation>
    </message>
    <message>
        <source>Export the report</source>
        <translation>Ekspor laporan</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Buku kerja Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV, separated by semicolons (*.csv)</source>
        <translation>CSV, dipisahkan titik koma (*.csv)</translation>
    </message>
    <message>
        <source>Printed %1</source>
        <translation>Dicetak %1</translation>
    </message>
    <message>
        <source>The first %1 of %2 rows are printed; the export holds all of them.</source>
        <translation>Yang dicetak hanya %1 baris pertama dari %2 baris; berkas ekspor memuat semuanya.</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>Pratinjau cetak</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s).</source>
        <translation>
            <numerusform>%Ln baris.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Simutasi::RequirementProfileView</name>
    <message>
        <source>(no minimum)</source>
        <translation>(tanpa minimum)</translation>
    </message>
    <message>
        <source>any field; separate accepted fields with &quot;;&quot;</source>
        <translation>jurusan apa pun; pisahkan jurusan yang diterima dengan &quot;;&quot;</translation>
    </message>
    <message>
        <source>to</source>
        <translation>sampai</translation>
    </message>
    <message>
        <source>Minimum education</source>
        <translation>Pendidikan minimum</translation>
    </message>
    <message>
        <source>Accepted fields</source>
        <translation>Jurusan yang diterima</translation>
    </message>
    <message>
        <source>Golongan range</source>
        <translation>Rentang golongan</translation>
    </message>
    <message>
        <source>level </source>
        <translation>tingkat </translation>
    </message>
    <message>
        <source>weight </source>
        <translation>bobot </translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Tambah</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>&amp;Save profile</source>
        <translation>&amp;Simpan profil</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>&amp;Kembalikan</translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation>Buang perubahan?</translation>
    </message>
    <message>
        <source>The requirement profile of %1 has unsaved changes. Discard them?</source>
        <translation>Profil persyaratan %1 memiliki perubahan yang belum disimpan. Buang perubahan tersebut?</translation>
    </message>
    <message>
        <source>The requirement profile was not saved</source>
        <translation>Profil persyaratan tidak disimpan</translation>
    </message>
    <message>
        <source>A level below the minimum earns part of the weight (level 2 of 3 earns two thirds).</source>
        <translation>Tingkat di bawah minimum mendapat sebagian bobot (tingkat 2 dari 3 mendapat dua pertiga).</translation>
    </message>
    <message>
        <source>&lt;b&gt;Required competencies&lt;/b&gt; — double-click a minimum level or a weight to change it. %1</source>
        <translation>&lt;b&gt;Kompetensi yang dipersyaratkan&lt;/b&gt; — klik dua kali tingkat minimum atau bobot untuk mengubahnya. %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Required competencies&lt;/b&gt;. %1 &lt;span style=&apos;color:#9a5b00&apos;&gt;%2&lt;/span&gt;</source>
        <translation>&lt;b&gt;Kompetensi yang dipersyaratkan&lt;/b&gt;. %1 &lt;span style=&apos;color:#9a5b00&apos;&gt;%2&lt;/span&gt;</translation>
    </message>
</context>
<context>
    <name>Simutasi::RequirementTableModel</name>
    <message>
        <source>Competency</source>
        <translation>Kompetensi</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Minimum level</source>
        <translation>Tingkat minimum</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Bobot</translation>
    </message>
</context>
<context>
    <name>Simutasi::SettingsPage</name>
    <message>
        <source>Language</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <source>The language of menus, pages and messages. Decrees (SK) are always written in Indonesian.</source>
        <translation>Bahasa untuk menu, halaman, dan pesan. Surat keputusan (SK) selalu ditulis dalam bahasa Indonesia.</translation>
    </message>
    <message>
        <source>The new language takes effect after Simutasi is restarted.</source>
        <translation>Bahasa baru berlaku setelah Simutasi dijalankan ulang.</translation>
    </message>
    <message>
        <source>User interface language:</source>
        <translation>Bahasa antarmuka:</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Pengaturan</translation>
    </message>
    <message>
        <source>Your own preferences on this computer</source>
        <translation>Preferensi Anda sendiri di komputer ini</translation>
    </message>
    <message>
        <source>Eligibility rules</source>
        <translation>Aturan kelayakan</translation>
    </message>
    <message>
        <source>When a PNS may be transferred: each rule on or off, blocking or warning, and its threshold. Stored in the open database for every user; changes are recorded in the audit trail.</source>
        <translation>Kapan seorang PNS dapat dimutasi: setiap aturan aktif atau nonaktif, menghalangi atau peringatan, beserta ambang batasnya. Disimpan dalam basis data yang terbuka untuk semua pengguna; perubahan dicatat dalam jejak audit.</translation>
    </message>
    <message>
        <source>Eligibility rules…</source>
        <translation>Aturan kelayakan…</translation>
    </message>
    <message>
        <source>Users and audit trail</source>
        <translation>Pengguna dan jejak audit</translation>
    </message>
    <message>
        <source>Who may log in to the open database and with which roles, the lock-out after failed log-ins, and the tamper-evident record of every change.</source>
        <translation>Siapa yang boleh masuk ke basis data yang terbuka dan dengan peran apa, penguncian setelah gagal masuk, serta catatan setiap perubahan yang tahan manipulasi.</translation>
    </message>
    <message>
        <source>Users…</source>
        <translation>Pengguna…</translation>
    </message>
    <message>
        <source>Audit trail…</source>
        <translation>Jejak audit…</translation>
    </message>
    <message>
        <source>Decrees and e-mail</source>
        <translation>SK dan e-mail</translation>
    </message>
    <message>
        <source>The decree number template, Menimbang, Mengingat, Tembusan, the letterhead and logo, paper and margins, and the SMTP server notifications are sent through. Stored in the open database for every user; only an administrator may change them.</source>
        <translation>Templat nomor SK, Menimbang, Mengingat, Tembusan, kop surat dan logo, kertas dan margin, serta server SMTP untuk mengirim pemberitahuan. Disimpan dalam basis data yang terbuka untuk semua pengguna; hanya administrator yang dapat mengubahnya.</translation>
    </message>
    <message>
        <source>Decree and e-mail settings…</source>
        <translation>Pengaturan SK dan e-mail…</translation>
    </message>
</context>
<context>
    <name>Simutasi::TalentGridView</name>
    <message>
        <source>below</source>
        <translation>di bawah</translation>
    </message>
    <message>
        <source>meets</source>
        <translation>memenuhi</translation>
    </message>
    <message>
        <source>above</source>
        <translation>di atas</translation>
    </message>
    <message>
        <source>high</source>
        <translation>tinggi</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>sedang</translation>
    </message>
    <message>
        <source>low</source>
        <translation>rendah</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Muat &amp;ulang</translation>
    </message>
    <message>
        <source>Scope:</source>
        <translation>Cakupan:</translation>
    </message>
    <message>
        <source>Potential ↑ · Performance (SKP of the last two years) →</source>
        <translation>Potensi ↑ · Kinerja (SKP dua tahun terakhir) →</translation>
    </message>
    <message>
        <source>Succession pool (boxes 7–9)</source>
        <translation>Kelompok suksesi (kotak 7–9)</translation>
    </message>
    <message>
        <source>Rotation candidates (boxes 4, 7, 8)</source>
        <translation>Calon rotasi (kotak 4, 7, 8)</translation>
    </message>
    <message>
        <source>Choose a box to list its employees.</source>
        <translation>Pilih kotak untuk menampilkan pegawainya.</translation>
    </message>
    <message>
        <source>Whole province</source>
        <translation>Seluruh provinsi</translation>
    </message>
    <message>
        <source>Computing the grid…</source>
        <translation>Menghitung kisi…</translation>
    </message>
    <message>
        <source>The grid could not be computed: %1</source>
        <translation>Kisi tidak dapat dihitung: %1</translation>
    </message>
    <message>
        <source>Box %1
%2
%3</source>
        <translation>Kotak %1
%2
%3</translation>
    </message>
    <message>
        <source>No database open.</source>
        <translation>Tidak ada basis data yang terbuka.</translation>
    </message>
    <message>
        <source>%1 employees in scope: %2 placed; not placed %3 (%4 without SKP in the last two years, %5 never assessed for potential).</source>
        <translation>%1 pegawai dalam cakupan: %2 ditempatkan; tidak ditempatkan %3 (%4 tanpa SKP dalam dua tahun terakhir, %5 belum pernah dinilai potensinya).</translation>
    </message>
</context>
<context>
    <name>Simutasi::TransfersPage</name>
    <message>
        <source>Submit</source>
        <translation>Ajukan</translation>
    </message>
    <message>
        <source>Verify…</source>
        <translation>Verifikasi…</translation>
    </message>
    <message>
        <source>Return…</source>
        <translation>Kembalikan…</translation>
    </message>
    <message>
        <source>Decide…</source>
        <translation>Putuskan…</translation>
    </message>
    <message>
        <source>Reject…</source>
        <translation>Tolak…</translation>
    </message>
    <message>
        <source>Execute…</source>
        <translation>Laksanakan…</translation>
    </message>
    <message>
        <source>Close…</source>
        <translation>Tutup…</translation>
    </message>
    <message>
        <source>Cancel proposal…</source>
        <translation>Batalkan usulan…</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Semua status</translation>
    </message>
    <message>
        <source>Open (not finished)</source>
        <translation>Terbuka (belum selesai)</translation>
    </message>
    <message>
        <source>New proposal…</source>
        <translation>Usulan baru…</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>OPD:</source>
        <translation>OPD:</translation>
    </message>
    <message>
        <source>Created from:</source>
        <translation>Dibuat dari:</translation>
    </message>
    <message>
        <source>to:</source>
        <translation>sampai:</translation>
    </message>
    <message>
        <source>Add lines…</source>
        <translation>Tambah baris…</translation>
    </message>
    <message>
        <source>Withdraw line…</source>
        <translation>Tarik baris…</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Oleh</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Tahap</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Baris</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Linimasa</translation>
    </message>
    <message>
        <source>Transfer Proposals</source>
        <translation>Usulan Mutasi</translation>
    </message>
    <message>
        <source>Usulan mutasi from draft through verification and the Tim Penilai to execution</source>
        <translation>Usulan mutasi dari draf melalui verifikasi dan Tim Penilai hingga pelaksanaan</translation>
    </message>
    <message>
        <source>All OPDs</source>
        <translation>Semua OPD</translation>
    </message>
    <message numerus="yes">
        <source>%n proposal(s)</source>
        <translation>
            <numerusform>%n usulan</numerusform>
        </translation>
    </message>
    <message>
        <source>No proposal chosen</source>
        <translation>Belum ada usulan yang dipilih</translation>
    </message>
    <message>
        <source>No database open</source>
        <translation>Tidak ada basis data yang terbuka</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>State: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Status: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>created by %1 on %2</source>
        <translation>dibuat oleh %1 pada %2</translation>
    </message>
    <message>
        <source>Tim Penilai meeting %1</source>
        <translation>rapat Tim Penilai %1</translation>
    </message>
    <message>
        <source>decision: %1</source>
        <translation>keputusan: %1</translation>
    </message>
    <message>
        <source>SK %1 of %2</source>
        <translation>SK %1 tanggal %2</translation>
    </message>
    <message>
        <source>executed on %1</source>
        <translation>dilaksanakan pada %1</translation>
    </message>
    <message>
        <source>cancelled: %1</source>
        <translation>dibatalkan: %1</translation>
    </message>
    <message>
        <source>Lines (%1)</source>
        <translation>Baris (%1)</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Timeline (%1)</source>
        <translation>Linimasa (%1)</translation>
    </message>
    <message>
        <source>Withdraw line</source>
        <translation>Tarik baris</translation>
    </message>
    <message>
        <source>Why is %1 taken out of the proposal? The line stays, marked withdrawn.</source>
        <translation>Mengapa %1 dikeluarkan dari usulan? Barisnya tetap ada, ditandai sebagai ditarik.</translation>
    </message>
    <message>
        <source>The line was not withdrawn</source>
        <translation>Baris tidak ditarik</translation>
    </message>
    <message>
        <source>%1: not done</source>
        <translation>%1: tidak dilakukan</translation>
    </message>
    <message>
        <source>Verify %1 and pass it to the Tim Penilai. Remark (optional):</source>
        <translation>Verifikasi %1 dan teruskan ke Tim Penilai. Catatan (opsional):</translation>
    </message>
    <message>
        <source>Return %1 to the operator as draft. What must be corrected?</source>
        <translation>Kembalikan %1 ke operator sebagai draf. Apa yang harus diperbaiki?</translation>
    </message>
    <message>
        <source>Close %1. Remark (optional):</source>
        <translation>Tutup %1. Catatan (opsional):</translation>
    </message>
    <message>
        <source>Cancel %1. Nothing is deleted; the reason is recorded. Reason:</source>
        <translation>Batalkan %1. Tidak ada yang dihapus; alasannya dicatat. Alasan:</translation>
    </message>
    <message>
        <source>Execute %1</source>
        <translation>Laksanakan %1</translation>
    </message>
    <message numerus="yes">
        <source>Carry out %n approved transfer(s) now? Each employee&apos;s unit, jabatan and TMT change and the riwayat jabatan gains a row with SK %1. This cannot be undone.</source>
        <translation>
            <numerusform>Laksanakan %n mutasi yang disetujui sekarang? Unit kerja, jabatan, dan TMT setiap pegawai berubah dan riwayat jabatan mendapat baris baru dengan SK %1. Tindakan ini tidak dapat dibatalkan.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Simutasi::UnitDetailPanel</name>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Kabupaten/Kota</source>
        <translation>Kabupaten/Kota</translation>
    </message>
    <message>
        <source>Remote area</source>
        <translation>Daerah terpencil</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Pegawai</translation>
    </message>
    <message>
        <source>Units below</source>
        <translation>Unit kerja di bawahnya</translation>
    </message>
    <message>
        <source>No unit chosen</source>
        <translation>Belum ada unit kerja yang dipilih</translation>
    </message>
    <message>
        <source>Choose a unit in the tree to see its details and its formasi.</source>
        <translation>Pilih unit kerja pada struktur organisasi untuk melihat rincian dan formasinya.</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 pada %2</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Province-wide</source>
        <translation>Tingkat provinsi</translation>
    </message>
    <message>
        <source>Yes, daerah terpencil</source>
        <translation>Ya, daerah terpencil</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Tidak</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Aktif</translation>
    </message>
    <message>
        <source>Closed since %1</source>
        <translation>Ditutup sejak %1</translation>
    </message>
    <message>
        <source>%1 (%2 directly in this unit)</source>
        <translation>%1 (%2 langsung di unit kerja ini)</translation>
    </message>
</context>
<context>
    <name>Simutasi::UnitDialog</name>
    <message>
        <source>Add unit</source>
        <translation>Tambah unit kerja</translation>
    </message>
    <message>
        <source>Edit unit</source>
        <translation>Ubah unit kerja</translation>
    </message>
    <message>
        <source>e.g. Bidang Pembinaan SMA</source>
        <translation>misalnya Bidang Pembinaan SMA</translation>
    </message>
    <message>
        <source>short code used in decree numbers, e.g. BKD</source>
        <translation>kode singkat yang dipakai dalam nomor SK, misalnya BKD</translation>
    </message>
    <message>
        <source>Province-wide (no kabupaten/kota)</source>
        <translation>Tingkat provinsi (tanpa kabupaten/kota)</translation>
    </message>
    <message>
        <source>Daerah terpencil (remote area)</source>
        <translation>Daerah terpencil</translation>
    </message>
    <message>
        <source>Below:</source>
        <translation>Di bawah:</translation>
    </message>
    <message>
        <source>Part of:</source>
        <translation>Bagian dari:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nama:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Jenis:</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>Ko&amp;de:</translation>
    </message>
    <message>
        <source>Kabupaten/&amp;Kota:</source>
        <translation>Kabupaten/&amp;Kota:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
</context>
<context>
    <name>Simutasi::UnitPickerDialog</name>
    <message>
        <source>Move unit</source>
        <translation>Pindahkan unit kerja</translation>
    </message>
    <message>
        <source>Choose the new place of &lt;b&gt;%1&lt;/b&gt;. Everything below it moves with it.</source>
        <translation>Pilih tempat baru untuk &lt;b&gt;%1&lt;/b&gt;. Semua yang ada di bawahnya ikut dipindahkan.</translation>
    </message>
    <message>
        <source>Find a unit by name or code</source>
        <translation>Cari unit kerja berdasarkan nama atau kode</translation>
    </message>
    <message>
        <source>Move here</source>
        <translation>Pindahkan ke sini</translation>
    </message>
</context>
<context>
    <name>Simutasi::UnitSelector</name>
    <message>
        <source>No unit</source>
        <translation>Tanpa unit kerja</translation>
    </message>
    <message>
        <source>Find a unit by name or code</source>
        <translation>Cari unit kerja berdasarkan nama atau kode</translation>
    </message>
</context>
<context>
    <name>Simutasi::UserAdminDialog</name>
    <message>
        <source>User name:</source>
        <translation>Nama pengguna:</translation>
    </message>
    <message>
        <source>Full name:</source>
        <translation>Nama lengkap:</translation>
    </message>
    <message>
        <source>at least %1 characters</source>
        <translation>minimal %1 karakter</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Kata sandi:</translation>
    </message>
    <message>
        <source>Roles:</source>
        <translation>Peran:</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Pengguna</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Pengguna</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nama lengkap</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Peran</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Last log-in</source>
        <translation>Terakhir masuk</translation>
    </message>
    <message>
        <source>Add user…</source>
        <translation>Tambah pengguna…</translation>
    </message>
    <message>
        <source>Roles…</source>
        <translation>Peran…</translation>
    </message>
    <message>
        <source>Reset password…</source>
        <translation>Atur ulang kata sandi…</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Nonaktifkan</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Buka kunci</translation>
    </message>
    <message>
        <source>Lock-out after failed log-ins</source>
        <translation>Penguncian setelah gagal masuk</translation>
    </message>
    <message>
        <source> min</source>
        <translation> menit</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Terapkan</translation>
    </message>
    <message>
        <source>Lock an account after</source>
        <translation>Kunci akun setelah</translation>
    </message>
    <message>
        <source>failures in a row, for</source>
        <translation>kali gagal berturut-turut, selama</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktif</translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation>nonaktif</translation>
    </message>
    <message>
        <source>locked until %1</source>
        <translation>terkunci sampai %1</translation>
    </message>
    <message numerus="yes">
        <source>, %n failed log-in(s)</source>
        <translation>
            <numerusform>, %n kali gagal masuk</numerusform>
        </translation>
    </message>
    <message>
        <source>Activate</source>
        <translation>Aktifkan</translation>
    </message>
    <message>
        <source>Add user</source>
        <translation>Tambah pengguna</translation>
    </message>
    <message>
        <source>The user was not added</source>
        <translation>Pengguna tidak ditambahkan</translation>
    </message>
    <message>
        <source>Roles of %1</source>
        <translation>Peran %1</translation>
    </message>
    <message>
        <source>The roles were not changed</source>
        <translation>Peran tidak diubah</translation>
    </message>
    <message>
        <source>New password for %1</source>
        <translation>Kata sandi baru untuk %1</translation>
    </message>
    <message>
        <source>The password was not changed</source>
        <translation>Kata sandi tidak diubah</translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>Kata sandi diubah</translation>
    </message>
    <message>
        <source>%1 logs in with the new password from now on.</source>
        <translation>Mulai sekarang %1 masuk dengan kata sandi baru.</translation>
    </message>
    <message>
        <source>The user was not deactivated</source>
        <translation>Pengguna tidak dinonaktifkan</translation>
    </message>
    <message>
        <source>The user was not activated</source>
        <translation>Pengguna tidak diaktifkan</translation>
    </message>
    <message>
        <source>The account was not unlocked</source>
        <translation>Akun tidak dibuka kuncinya</translation>
    </message>
    <message>
        <source>The lock-out policy was not changed</source>
        <translation>Kebijakan penguncian tidak diubah</translation>
    </message>
</context>
<context>
    <name>Simutasi::WelcomeDialog</name>
    <message>
        <source>Welcome to Simutasi</source>
        <translation>Selamat datang di Simutasi</translation>
    </message>
    <message>
        <source>Simutasi keeps the register of the province&apos;s civil servants and follows each transfer from the proposal to the decree. To begin, choose a database.</source>
        <translation>Simutasi menyimpan data ASN provinsi dan mengikuti setiap mutasi mulai dari usulan hingga SK. Untuk memulai, pilih basis data.</translation>
    </message>
    <message>
        <source>Try with demo data</source>
        <translation>Coba dengan data demo</translation>
    </message>
    <message>
        <source>Creates a fictitious Provinsi Wanggar with %1 employees to explore Simutasi safely.</source>
        <translation>Membuat Provinsi Wanggar fiktif dengan %1 pegawai untuk mencoba Simutasi dengan aman.</translation>
    </message>
    <message>
        <source>Create a new empty database…</source>
        <translation>Buat basis data kosong baru…</translation>
    </message>
    <message>
        <source>Starts your office&apos;s own register in a new file.</source>
        <translation>Memulai data kepegawaian kantor Anda sendiri dalam berkas baru.</translation>
    </message>
    <message>
        <source>Open an existing database…</source>
        <translation>Buka basis data yang sudah ada…</translation>
    </message>
    <message>
        <source>Opens a Simutasi database file that is already in use.</source>
        <translation>Membuka berkas basis data Simutasi yang sudah digunakan.</translation>
    </message>
</context>
<context>
    <name>SkpImporter</name>
    <message>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Tahun</translation>
    </message>
    <message>
        <source>Predicate</source>
        <translation>Predikat</translation>
    </message>
    <message>
        <source>The spreadsheet stored this NIP as a number and lost its last digits; format the NIP column as text and enter it again.</source>
        <translation>Lembar kerja menyimpan NIP ini sebagai angka sehingga digit terakhirnya hilang; ubah format kolom NIP menjadi teks, lalu masukkan NIP itu kembali.</translation>
    </message>
    <message>
        <source>No employee with this NIP is in the registry; import or enter the employee first.</source>
        <translation>Tidak ada pegawai dengan NIP ini dalam basis data; impor atau masukkan data pegawai tersebut terlebih dahulu.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a year of an SKP rating (%2 to %3).</source>
        <translation>&quot;%1&quot; bukan tahun penilaian SKP (%2 sampai %3).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an SKP predicate: write Sangat Baik, Baik, Butuh Perbaikan, Kurang or Sangat Kurang.</source>
        <translation>&quot;%1&quot; bukan predikat SKP: tulis Sangat Baik, Baik, Butuh Perbaikan, Kurang, atau Sangat Kurang.</translation>
    </message>
</context>
<context>
    <name>SmtpSettings</name>
    <message>
        <source>The SMTP port must be between 1 and %1.</source>
        <translation>Port SMTP harus antara 1 dan %1.</translation>
    </message>
</context>
<context>
    <name>StaffingReport</name>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit kerja</translation>
    </message>
    <message>
        <source>Kabupaten/Kota</source>
        <translation>Kabupaten/Kota</translation>
    </message>
    <message>
        <source>Remote</source>
        <translation>Terpencil</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ya</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <source>Shortage</source>
        <translation>Kekurangan</translation>
    </message>
    <message>
        <source>Surplus</source>
        <translation>Kelebihan</translation>
    </message>
    <message>
        <source>Formasi vs bezetting</source>
        <translation>Formasi terhadap bezetting</translation>
    </message>
    <message>
        <source>Formasi against bezetting per OPD and per jabatan in each unit, with the list of shortages (remote units first) and of surpluses.</source>
        <translation>Formasi terhadap bezetting per OPD dan per jabatan di setiap unit kerja, beserta daftar kekurangan (unit kerja di daerah terpencil lebih dahulu) dan daftar kelebihan.</translation>
    </message>
    <message>
        <source>Per OPD</source>
        <translation>Per OPD</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>Posisi</translation>
    </message>
    <message>
        <source>Filled</source>
        <translation>Terisi</translation>
    </message>
    <message>
        <source>Fill rate</source>
        <translation>Tingkat keterisian</translation>
    </message>
    <message>
        <source>Per jabatan</source>
        <translation>Per jabatan</translation>
    </message>
    <message>
        <source>Shortages</source>
        <translation>Kekurangan</translation>
    </message>
    <message>
        <source>Surpluses</source>
        <translation>Kelebihan</translation>
    </message>
</context>
<context>
    <name>TableReader</name>
    <message>
        <source>tab</source>
        <translation>tab</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>titik koma</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>koma</translation>
    </message>
    <message>
        <source>The file %1 could not be opened: %2</source>
        <translation>Berkas %1 tidak dapat dibuka: %2</translation>
    </message>
    <message>
        <source>%1 is an old Excel (.xls) or password-protected workbook, which cannot be read. Save it in Excel as .xlsx without a password, or as CSV.</source>
        <translation>%1 adalah buku kerja Excel lama (.xls) atau buku kerja yang dilindungi kata sandi, sehingga tidak dapat dibaca. Simpan ulang di Excel sebagai .xlsx tanpa kata sandi, atau sebagai CSV.</translation>
    </message>
    <message>
        <source>XLSX, sheet &quot;%1&quot;</source>
        <translation>XLSX, lembar kerja &quot;%1&quot;</translation>
    </message>
    <message>
        <source>CSV, %1, %2 as delimiter</source>
        <translation>CSV, %1, pemisah %2</translation>
    </message>
</context>
<context>
    <name>TalentGrid</name>
    <message>
        <source>Box %1: %2, %3</source>
        <translation>Kotak %1: %2, %3</translation>
    </message>
    <message>
        <source>performance unknown</source>
        <translation>kinerja tidak diketahui</translation>
    </message>
    <message>
        <source>below expectations</source>
        <translation>kinerja di bawah ekspektasi</translation>
    </message>
    <message>
        <source>meets expectations</source>
        <translation>kinerja sesuai ekspektasi</translation>
    </message>
    <message>
        <source>above expectations</source>
        <translation>kinerja di atas ekspektasi</translation>
    </message>
    <message>
        <source>potential unknown</source>
        <translation>potensial tidak diketahui</translation>
    </message>
    <message>
        <source>low potential</source>
        <translation>potensial rendah</translation>
    </message>
    <message>
        <source>medium potential</source>
        <translation>potensial menengah</translation>
    </message>
    <message>
        <source>high potential</source>
        <translation>potensial tinggi</translation>
    </message>
    <message>
        <source>The 9-box talent grid places each employee by performance and potential. Performance comes from the SKP predicates of the last two years before the reference year: above expectations when both years are there and both are Sangat Baik; below expectations when either is under Baik (Butuh Perbaikan or worse); meets expectations otherwise (one year missing counts as meets unless the other is under Baik); unknown when neither year has an SKP. Potential (low, medium, high) is the latest potential assessment up to the reference date. Boxes: 1 below/low, 2 meets/low, 3 below/medium, 4 above/low, 5 meets/medium, 6 below/high, 7 above/medium, 8 meets/high, 9 above/high. Boxes 7-9 form the succession pool; boxes 4, 7 and 8 are rotation candidates. Employees with unknown performance or potential are not placed and are counted apart.</source>
        <translation>Matriks talenta 9 kotak menempatkan setiap pegawai berdasarkan kinerja dan potensial. Kinerja diambil dari predikat SKP dua tahun terakhir sebelum tahun acuan: di atas ekspektasi jika kedua tahun tersedia dan keduanya Sangat Baik; di bawah ekspektasi jika salah satunya di bawah Baik (Butuh Perbaikan atau lebih rendah); sesuai ekspektasi untuk selebihnya (satu tahun yang tidak ada dihitung sebagai sesuai, kecuali tahun lainnya di bawah Baik); tidak diketahui jika tidak ada SKP pada kedua tahun tersebut. Potensial (rendah, menengah, tinggi) adalah hasil asesmen potensial terakhir sampai dengan tanggal acuan. Kotak: 1 di bawah/rendah, 2 sesuai/rendah, 3 di bawah/menengah, 4 di atas/rendah, 5 sesuai/menengah, 6 di bawah/tinggi, 7 di atas/menengah, 8 sesuai/tinggi, 9 di atas/tinggi. Kotak 7-9 membentuk kelompok suksesi; kotak 4, 7, dan 8 merupakan calon rotasi. Pegawai yang kinerja atau potensialnya tidak diketahui tidak ditempatkan dan dihitung tersendiri.</translation>
    </message>
</context>
<context>
    <name>TransferMoves</name>
    <message>
        <source>Within one OPD</source>
        <translation>Dalam satu OPD</translation>
    </message>
    <message>
        <source>Between OPDs</source>
        <translation>Antar-OPD</translation>
    </message>
    <message>
        <source>Between kabupaten/kota</source>
        <translation>Antar-kabupaten/kota</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>Masuk</translation>
    </message>
    <message>
        <source>Outgoing</source>
        <translation>Keluar</translation>
    </message>
</context>
<context>
    <name>TransferOutcome</name>
    <message>
        <source>Data-driven (ranked, JPM ≥ %1%)</source>
        <translation>Berbasis data (diperingkat, JPM ≥ %1%)</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>Manual</translation>
    </message>
    <message>
        <source>Not known (riwayat jabatan only)</source>
        <translation>Tidak diketahui (hanya riwayat jabatan)</translation>
    </message>
</context>
<context>
    <name>TransferReports</name>
    <message>
        <source>proposal %1</source>
        <translation>usulan %1</translation>
    </message>
    <message numerus="yes">
        <source>small group (%n compared): read with care</source>
        <translation>
            <numerusform>kelompok kecil (%n dibandingkan): baca dengan hati-hati</numerusform>
        </translation>
    </message>
    <message>
        <source>Rekap mutasi</source>
        <translation>Rekap mutasi</translation>
    </message>
    <message>
        <source>Executed transfers (a change of unit in riwayat jabatan) with their SK, by TMT.</source>
        <translation>Mutasi yang telah dilaksanakan (perpindahan unit kerja dalam riwayat jabatan) beserta SK-nya, menurut TMT.</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Jabatan lama</source>
        <translation>Jabatan lama</translation>
    </message>
    <message>
        <source>Unit lama</source>
        <translation>Unit lama</translation>
    </message>
    <message>
        <source>Jabatan baru</source>
        <translation>Jabatan baru</translation>
    </message>
    <message>
        <source>Unit baru</source>
        <translation>Unit baru</translation>
    </message>
    <message>
        <source>No SK</source>
        <translation>No SK</translation>
    </message>
    <message>
        <source>Tanggal SK</source>
        <translation>Tanggal SK</translation>
    </message>
    <message>
        <source>Penandatangan</source>
        <translation>Penandatangan</translation>
    </message>
    <message>
        <source>Ket</source>
        <translation>Ket</translation>
    </message>
    <message>
        <source>Outcome of transfers</source>
        <translation>Hasil mutasi</translation>
    </message>
    <message>
        <source>SKP before and after executed transfers (mean predicate, Sangat Kurang 1 to Sangat Baik 5, of the two years before and the two after the TMT year), per kind of transfer and per data-driven or manual choice.</source>
        <translation>SKP sebelum dan sesudah mutasi yang telah dilaksanakan (rata-rata predikat, Sangat Kurang 1 sampai Sangat Baik 5, dua tahun sebelum dan dua tahun sesudah tahun TMT), per jenis mutasi dan per pilihan berbasis data atau manual.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Ringkasan</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Dasar</translation>
    </message>
    <message>
        <source>Transfers</source>
        <translation>Mutasi</translation>
    </message>
    <message>
        <source>Compared</source>
        <translation>Dibandingkan</translation>
    </message>
    <message>
        <source>SKP before</source>
        <translation>SKP sebelum</translation>
    </message>
    <message>
        <source>SKP after</source>
        <translation>SKP sesudah</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Perubahan</translation>
    </message>
    <message>
        <source>Improved</source>
        <translation>Membaik</translation>
    </message>
    <message>
        <source>Same</source>
        <translation>Tetap</translation>
    </message>
    <message>
        <source>Worse</source>
        <translation>Menurun</translation>
    </message>
    <message>
        <source>Improved (%)</source>
        <translation>Membaik (%)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
</context>
<context>
    <name>TransfersPage</name>
    <message>
        <source>Created</source>
        <translation>Dibuat</translation>
    </message>
    <message>
        <source>Line added</source>
        <translation>Baris ditambahkan</translation>
    </message>
    <message>
        <source>Line withdrawn</source>
        <translation>Baris ditarik</translation>
    </message>
    <message>
        <source>Justification changed</source>
        <translation>Alasan diubah</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Diajukan</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Diverifikasi</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Dikembalikan</translation>
    </message>
    <message>
        <source>Decided (approved)</source>
        <translation>Diputuskan (disetujui)</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Ditolak</translation>
    </message>
    <message>
        <source>Decree issued</source>
        <translation>SK diterbitkan</translation>
    </message>
    <message>
        <source>Executed</source>
        <translation>Dilaksanakan</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Ditutup</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Dibatalkan</translation>
    </message>
</context>
<context>
    <name>UnitImporter</name>
    <message>
        <source>Unit name</source>
        <translation>Nama unit kerja</translation>
    </message>
    <message>
        <source>Parent unit</source>
        <translation>Unit induk</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Kabupaten/kota</source>
        <translation>Kabupaten/kota</translation>
    </message>
    <message>
        <source>Remote area</source>
        <translation>Daerah terpencil</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind of unit: write OPD, Sekretariat, Bidang, Seksi, UPT, Sekolah, Puskesmas or Rumah Sakit.</source>
        <translation>&quot;%1&quot; bukan jenis unit kerja: tulis OPD, Sekretariat, Bidang, Seksi, UPT, Sekolah, Puskesmas, atau Rumah Sakit.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names both a kabupaten and a kota: write &quot;Kabupaten %1&quot; or &quot;Kota %1&quot;.</source>
        <translation>&quot;%1&quot; adalah nama kabupaten sekaligus nama kota: tulis &quot;Kabupaten %1&quot; atau &quot;Kota %1&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kabupaten or kota of the province.</source>
        <translation>&quot;%1&quot; bukan kabupaten atau kota di provinsi ini.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not yes or no: write Y or N.</source>
        <translation>&quot;%1&quot; bukan ya atau tidak: tulis Y atau T.</translation>
    </message>
    <message>
        <source>The unit name is empty.</source>
        <translation>Nama unit kerja tidak diisi.</translation>
    </message>
</context>
<context>
    <name>UserAccounts</name>
    <message>
        <source>A user name has 2 to 32 letters, digits, dots, hyphens or underscores and starts with a letter or digit.</source>
        <translation>Nama pengguna terdiri atas 2 sampai 32 huruf, angka, titik, tanda hubung, atau garis bawah, dan diawali huruf atau angka.</translation>
    </message>
    <message>
        <source>A password has at least %1 characters.</source>
        <translation>Kata sandi paling sedikit terdiri atas %1 karakter.</translation>
    </message>
    <message>
        <source>A user needs at least one role.</source>
        <translation>Pengguna memerlukan paling sedikit satu peran.</translation>
    </message>
    <message>
        <source>There is already a user &apos;%1&apos;.</source>
        <translation>Pengguna &apos;%1&apos; sudah ada.</translation>
    </message>
    <message>
        <source>The password could not be hashed (out of memory).</source>
        <translation>Kata sandi tidak dapat di-hash (memori tidak cukup).</translation>
    </message>
    <message>
        <source>The database already has users; an administrator adds new ones.</source>
        <translation>Basis data sudah memiliki pengguna; pengguna baru ditambahkan oleh administrator.</translation>
    </message>
    <message>
        <source>There is no user with id %1.</source>
        <translation>Tidak ada pengguna dengan id %1.</translation>
    </message>
    <message>
        <source>You cannot take the Administrator role from yourself.</source>
        <translation>Anda tidak dapat mencabut peran Administrator dari diri Anda sendiri.</translation>
    </message>
    <message>
        <source>You cannot deactivate your own account.</source>
        <translation>Anda tidak dapat menonaktifkan akun Anda sendiri.</translation>
    </message>
    <message>
        <source>The lock-out needs at least one failure and one minute.</source>
        <translation>Penguncian akun memerlukan paling sedikit satu kegagalan dan satu menit.</translation>
    </message>
    <message>
        <source>Unknown user name or wrong password.</source>
        <translation>Nama pengguna tidak dikenal atau kata sandi salah.</translation>
    </message>
    <message>
        <source>The account &apos;%1&apos; is deactivated; ask an administrator.</source>
        <translation>Akun &apos;%1&apos; dinonaktifkan; hubungi administrator.</translation>
    </message>
    <message>
        <source>The account &apos;%1&apos; is locked after repeated failed log-ins until %2; try again later or ask an administrator to unlock it.</source>
        <translation>Akun &apos;%1&apos; dikunci karena berulang kali gagal masuk hingga %2; coba lagi nanti atau minta administrator untuk membuka kuncinya.</translation>
    </message>
</context>
<context>
    <name>UserCommand</name>
    <message>
        <source>Usage: simutasi-cli user add --db DB --name N --roles R[,R...] [--full-name F] [--user ADMIN]
       simutasi-cli user list --db DB

add: creates an account with the roles given (%1). An administrator logs in with --user (password from SIMUTASI_PASSWORD or asked); on a database without any user the account becomes the first administrator and --user is not needed. The new password comes from SIMUTASI_NEW_PASSWORD, else it is asked.
list: the accounts with their roles.

Exit codes: 0 done; 1 refused (log-in, role, name taken, weak password); 2 wrong usage or a database that cannot be opened.</source>
        <translation>Penggunaan: simutasi-cli user add --db DB --name N --roles R[,R...] [--full-name F] [--user ADMIN]
       simutasi-cli user list --db DB

add: membuat akun dengan peran yang diberikan (%1). Administrator masuk dengan --user (kata sandi dari SIMUTASI_PASSWORD atau ditanyakan); pada basis data yang belum memiliki pengguna, akun tersebut menjadi administrator pertama dan --user tidak diperlukan. Kata sandi baru diambil dari SIMUTASI_NEW_PASSWORD, jika tidak ada akan ditanyakan.
list: daftar akun beserta perannya.

Kode keluar: 0 selesai; 1 ditolak (masuk, peran, nama sudah dipakai, kata sandi lemah); 2 penggunaan salah atau basis data tidak dapat dibuka.</translation>
    </message>
    <message>
        <source>Name the action: user add or user list.</source>
        <translation>Sebutkan tindakannya: user add atau user list.</translation>
    </message>
    <message>
        <source>(deactivated)</source>
        <translation>(dinonaktifkan)</translation>
    </message>
    <message>
        <source>The option --name N is required.</source>
        <translation>Opsi --name N wajib diisi.</translation>
    </message>
    <message>
        <source>Unknown role &quot;%1&quot;.</source>
        <translation>Peran &quot;%1&quot; tidak dikenal.</translation>
    </message>
    <message>
        <source>The option --user ADMIN is required: an administrator adds users.</source>
        <translation>Opsi --user ADMIN wajib diisi: pengguna ditambahkan oleh administrator.</translation>
    </message>
    <message>
        <source>Password for the new user %1: </source>
        <translation>Kata sandi untuk pengguna baru %1: </translation>
    </message>
    <message>
        <source>Created the first administrator %1 (%2).</source>
        <translation>Administrator pertama %1 (%2) telah dibuat.</translation>
    </message>
    <message>
        <source>Added the user %1 (%2).</source>
        <translation>Pengguna %1 (%2) telah ditambahkan.</translation>
    </message>
</context>
<context>
    <name>XlsxReader</name>
    <message>
        <source>The file is not an XLSX workbook (an XLSX file is a ZIP archive). Old .xls files must first be saved as .xlsx or CSV.</source>
        <translation>Berkas ini bukan buku kerja XLSX (berkas XLSX adalah arsip ZIP). Berkas .xls lama harus disimpan terlebih dahulu sebagai .xlsx atau CSV.</translation>
    </message>
    <message>
        <source>The XLSX workbook could not be read; it may be damaged or protected with a password. (%1)</source>
        <translation>Buku kerja XLSX tidak dapat dibaca; mungkin berkasnya rusak atau dilindungi kata sandi. (%1)</translation>
    </message>
    <message>
        <source>The XLSX workbook could not be read; it may be damaged or protected with a password.</source>
        <translation>Buku kerja XLSX tidak dapat dibaca; mungkin berkasnya rusak atau dilindungi kata sandi.</translation>
    </message>
    <message>
        <source>The XLSX workbook has no worksheet that could be read.</source>
        <translation>Buku kerja XLSX tidak memiliki lembar kerja yang dapat dibaca.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Sistem Informasi Mutasi ASN of BKD Provinsi Wanggar</source>
        <translation>Sistem Informasi Mutasi ASN BKD Provinsi Wanggar</translation>
    </message>
    <message>
        <source>database</source>
        <translation>berkas</translation>
    </message>
    <message>
        <source>The database file to open.</source>
        <translation>Berkas basis data yang akan dibuka.</translation>
    </message>
    <message>
        <source>[database]</source>
        <translation>[berkas]</translation>
    </message>
</context>
</TS>

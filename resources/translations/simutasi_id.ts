<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
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
        <source>Usage: simutasi-cli import --db DB --kind KIND FILE [--dry-run] [--strict] [--create-missing] [--mapping M.json] [--save-mapping M.json] [--rejects OUT.csv|OUT.xlsx]

KIND is one of: %1. FILE is CSV (comma, semicolon or tab; UTF-8 or Windows-1252) or XLSX (the first sheet).
Every row is checked before anything is written; the valid rows are then written in one transaction and every rejected row is listed with its reason.
  --dry-run         check only, write nothing
  --strict          write nothing when any row is rejected
  --create-missing  create the units, OPDs and jabatan the rows name
  --mapping M       a JSON file {&quot;field&quot;: &quot;header&quot; or column number} over the detected columns
  --save-mapping M  save the mapping used, to reuse it with --mapping
  --rejects OUT     save the rejected rows as CSV, or XLSX by the extension

Exit codes: 0 done; 1 rows rejected with --strict (nothing written); 2 wrong usage, unreadable file or database error (nothing written).</source>
        <translation>Penggunaan: simutasi-cli import --db DB --kind KIND FILE [--dry-run] [--strict] [--create-missing] [--mapping M.json] [--save-mapping M.json] [--rejects OUT.csv|OUT.xlsx]

KIND adalah salah satu dari: %1. FILE berupa CSV (pemisah koma, titik koma, atau tab; UTF-8 atau Windows-1252) atau XLSX (lembar kerja pertama).
Setiap baris diperiksa sebelum apa pun ditulis; baris yang valid kemudian ditulis dalam satu transaksi, dan setiap baris yang ditolak dicantumkan beserta alasannya.
  --dry-run         hanya memeriksa, tidak menulis apa pun
  --strict          tidak menulis apa pun bila ada baris yang ditolak
  --create-missing  buat unit kerja, OPD, dan jabatan yang disebut dalam baris tetapi belum ada
  --mapping M       berkas JSON {&quot;isian&quot;: &quot;judul kolom&quot; atau nomor kolom} yang menggantikan kolom hasil deteksi
  --save-mapping M  simpan pemetaan yang dipakai, agar dapat digunakan lagi dengan --mapping
  --rejects OUT     simpan baris yang ditolak sebagai CSV, atau XLSX sesuai ekstensinya

Kode keluar: 0 selesai; 1 ada baris yang ditolak dengan --strict (tidak ada yang ditulis); 2 penggunaan salah, berkas tidak terbaca, atau kesalahan basis data (tidak ada yang ditulis).</translation>
    </message>
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
        <source>employees</source>
        <translation>pegawai</translation>
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
        <source>jabatan in the catalogue</source>
        <translation>jabatan dalam katalog</translation>
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

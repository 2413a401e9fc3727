#include "DemoCatalog.h"

#include <array>

namespace Simutasi::DemoCatalog {

namespace {

using enum JabatanType;
using enum EducationLevel;
using enum Track;
using enum UnitRole;
using Kind = Region::Kind;

constexpr RegionSpec Regions[] = {
    {"Wanggar", Kind::Kota, "KWG", 22, false, true},
    {"Sungai Rawi", Kind::Kota, "KSR", 10, false, false},
    {"Lembah Sari", Kind::Kabupaten, "LMS", 9, false, false},
    {"Bukit Lestari", Kind::Kabupaten, "BKL", 8, false, false},
    {"Tanjung Seruni", Kind::Kabupaten, "TJS", 8, false, false},
    {"Teluk Mandau", Kind::Kabupaten, "TLM", 7, false, false},
    {"Muara Jernih", Kind::Kabupaten, "MRJ", 7, false, false},
    {"Padang Kemuning", Kind::Kabupaten, "PDK", 7, false, false},
    {"Wanggar Hulu", Kind::Kabupaten, "WGH", 6, true, false},
    {"Gunung Parang", Kind::Kabupaten, "GNP", 5, true, false},
    {"Rimba Raya", Kind::Kabupaten, "RMR", 5, true, false},
    {"Kepulauan Selawi", Kind::Kabupaten, "KPS", 4, true, false},
};

// Accepted education fields shared by several jabatan.
constexpr const char *GuruFields =
    "Pendidikan Matematika|Pendidikan Bahasa Indonesia|Pendidikan Bahasa Inggris|"
    "Pendidikan Fisika|Pendidikan Kimia|Pendidikan Biologi|Pendidikan Ekonomi|Pendidikan Sejarah|"
    "Pendidikan Geografi|Pendidikan Sosiologi|Pendidikan Pancasila dan Kewarganegaraan|"
    "Pendidikan Agama Islam|Pendidikan Jasmani, Kesehatan dan Rekreasi|Pendidikan Seni Budaya|"
    "Bimbingan dan Konseling|Pendidikan Teknik Mesin|Pendidikan Teknik Elektro|"
    "Pendidikan Teknik Informatika|Pendidikan Luar Biasa";
constexpr const char *AdminFields = "Administrasi Publik|Ilmu Pemerintahan|Manajemen|"
                                    "Ekonomi Pembangunan|Akuntansi|Hukum|Sosiologi|"
                                    "Ilmu Komunikasi";
constexpr const char *PlannerFields =
    "Ekonomi Pembangunan|Perencanaan Wilayah dan Kota|Administrasi Publik|Statistika";
constexpr const char *HrFields = "Psikologi|Administrasi Publik|Manajemen|Hukum|Ilmu Pemerintahan";
constexpr const char *AuditFields = "Akuntansi|Ekonomi Pembangunan|Manajemen|Hukum|Teknik Sipil";
constexpr const char *ItFields = "Teknik Informatika|Sistem Informasi|Ilmu Komputer";
constexpr const char *AgriFields = "Agroteknologi|Agribisnis|Agronomi";
constexpr const char *SatpolFields = "Ilmu Pemerintahan|Hukum|Administrasi Perkantoran";

constexpr JabatanSpec Jabatans[] = {
    // Structural posts: one holder each.
    {"Sekretaris Daerah", JptMadya, S1, nullptr, "Kepala Badan", Office, 150, 0},
    {"Kepala Dinas", JptPratama, S1, nullptr, "Sekretaris", Office, 250, 0},
    {"Kepala Badan", JptPratama, S1, nullptr, "Kepala Bidang", Office, 250, 0},
    {"Inspektur", JptPratama, S1, nullptr, "Inspektur Pembantu", Office, 250, 0},
    {"Sekretaris DPRD", JptPratama, S1, nullptr, "Kepala Bagian", Office, 250, 0},
    {"Kepala Satuan Polisi Pamong Praja", JptPratama, S1, nullptr, "Kepala Bidang", Office, 100, 0},
    {"Kepala Biro", JptPratama, S1, nullptr, "Kepala Bagian", Office, 300, 0},
    {"Direktur Rumah Sakit", JptPratama, S1, "Kedokteran", "Dokter Ahli Madya", Health, 350, 0},
    {"Sekretaris", Administrator, S1, nullptr, "Kepala Subbagian", Office, 350, 0},
    {"Kepala Bidang", Administrator, S1, nullptr, "Kepala Seksi", Office, 350, 0},
    {"Kepala Bagian", Administrator, S1, nullptr, "Kepala Subbagian", Office, 350, 0},
    {"Inspektur Pembantu", Administrator, S1, nullptr, "Auditor Ahli Muda", Office, 350, 0},
    {"Kepala Cabang Dinas", Administrator, S1, nullptr, "Pengawas Sekolah Ahli Muda", Teacher, 350,
     0},
    {"Kepala Subbagian", Pengawas, S1, nullptr, "Penata Layanan Operasional", Office, 450, 0},
    {"Kepala Seksi", Pengawas, S1, nullptr, "Penata Layanan Operasional", Office, 400, 0},
    {"Kepala UPTD", Pengawas, S1, nullptr, "Penata Layanan Operasional", Office, 350, 0},
    // Pelaksana (the 2022 nomenclature).
    {"Pengadministrasi Perkantoran", Pelaksana, SMA, nullptr, nullptr, Office, 500, 60},
    {"Operator Layanan Operasional", Pelaksana, SMA, nullptr, "Pengadministrasi Perkantoran",
     Office, 350, 60},
    {"Pengolah Data dan Informasi", Pelaksana, SMA, nullptr, "Pengadministrasi Perkantoran", Office,
     500, 60},
    {"Pengelola Layanan Operasional", Pelaksana, D3, nullptr, "Pengadministrasi Perkantoran",
     Office, 500, 60},
    {"Penata Layanan Operasional", Pelaksana, S1, nullptr, "Pengelola Layanan Operasional", Office,
     500, 40},
    {"Bendahara", Pelaksana, D3, "Akuntansi|Manajemen|Ekonomi Pembangunan|Perpajakan",
     "Pengadministrasi Perkantoran", Office, 600, 0},
    // Schools.
    {"Guru Ahli Pertama", AhliPertama, S1, GuruFields, nullptr, Teacher, 620, 220},
    {"Guru Ahli Muda", AhliMuda, S1, GuruFields, "Guru Ahli Pertama", Teacher, 620, 120},
    {"Guru Ahli Madya", AhliMadya, S1, GuruFields, "Guru Ahli Muda", Teacher, 600, 30},
    {"Pengawas Sekolah Ahli Muda", AhliMuda, S1, GuruFields, "Guru Ahli Madya", Teacher, 450, 0},
    {"Pengawas Sekolah Ahli Madya", AhliMadya, S1, GuruFields, "Pengawas Sekolah Ahli Muda",
     Teacher, 450, 0},
    {"Pranata Laboratorium Pendidikan Terampil", Terampil, D3, "Analisis Kimia|Teknik Elektro",
     nullptr, Teacher, 550, 150},
    {"Pustakawan Terampil", Terampil, D3, "Ilmu Perpustakaan", nullptr, Teacher, 650, 100},
    {"Pustakawan Ahli Pertama", AhliPertama, S1, "Ilmu Perpustakaan", "Pustakawan Terampil", Office,
     650, 60},
    // Health.
    {"Dokter Ahli Pertama", AhliPertama, S1, "Kedokteran", nullptr, Health, 560, 80},
    {"Dokter Ahli Muda", AhliMuda, S1, "Kedokteran", "Dokter Ahli Pertama", Health, 520, 30},
    {"Dokter Ahli Madya", AhliMadya, S1, "Kedokteran", "Dokter Ahli Muda", Health, 450, 0},
    {"Dokter Gigi Ahli Pertama", AhliPertama, S1, "Kedokteran Gigi", nullptr, Health, 650, 80},
    {"Perawat Terampil", Terampil, D3, "Keperawatan", nullptr, Health, 720, 200},
    {"Perawat Mahir", Mahir, D3, "Keperawatan", "Perawat Terampil", Health, 720, 60},
    {"Perawat Penyelia", Penyelia, D3, "Keperawatan", "Perawat Mahir", Health, 720, 0},
    {"Perawat Ahli Pertama", AhliPertama, S1, "Keperawatan", "Perawat Terampil", Health, 700, 150},
    {"Perawat Ahli Muda", AhliMuda, S1, "Keperawatan", "Perawat Ahli Pertama", Health, 700, 20},
    {"Bidan Terampil", Terampil, D3, "Kebidanan", nullptr, Health, 1000, 200},
    {"Bidan Mahir", Mahir, D3, "Kebidanan", "Bidan Terampil", Health, 1000, 60},
    {"Apoteker Ahli Pertama", AhliPertama, S1, "Farmasi", nullptr, Health, 700, 100},
    {"Tenaga Teknis Kefarmasian Terampil", Terampil, D3, "Farmasi", nullptr, Health, 750, 150},
    {"Pranata Laboratorium Kesehatan Terampil", Terampil, D3, "Teknologi Laboratorium Medis",
     nullptr, Health, 650, 150},
    {"Radiografer Terampil", Terampil, D3, "Radiologi", nullptr, Health, 400, 100},
    {"Nutrisionis Terampil", Terampil, D3, "Gizi", nullptr, Health, 800, 120},
    {"Sanitarian Terampil", Terampil, D3, "Kesehatan Lingkungan", nullptr, Health, 550, 120},
    {"Perekam Medis Terampil", Terampil, D3, "Rekam Medis dan Informasi Kesehatan", nullptr, Health,
     650, 120},
    {"Fisioterapis Terampil", Terampil, D3, "Fisioterapi", nullptr, Health, 600, 100},
    {"Psikolog Klinis Ahli Pertama", AhliPertama, S1, "Psikologi", nullptr, Health, 700, 50},
    {"Penyuluh Kesehatan Masyarakat Ahli Pertama", AhliPertama, S1, "Kesehatan Masyarakat", nullptr,
     Health, 650, 80},
    {"Epidemiolog Kesehatan Ahli Pertama", AhliPertama, S1, "Kesehatan Masyarakat", nullptr, Health,
     600, 40},
    {"Administrator Kesehatan Ahli Pertama", AhliPertama, S1,
     "Kesehatan Masyarakat|Administrasi Publik", nullptr, Health, 600, 40},
    // Offices.
    {"Perencana Ahli Pertama", AhliPertama, S1, PlannerFields, "Penata Layanan Operasional", Office,
     500, 30},
    {"Perencana Ahli Muda", AhliMuda, S1, PlannerFields, "Perencana Ahli Pertama", Office, 450, 0},
    {"Perencana Ahli Madya", AhliMadya, S1, PlannerFields, "Perencana Ahli Muda", Office, 400, 0},
    {"Analis SDM Aparatur Ahli Pertama", AhliPertama, S1, HrFields, "Penata Layanan Operasional",
     Office, 550, 30},
    {"Analis SDM Aparatur Ahli Muda", AhliMuda, S1, HrFields, "Analis SDM Aparatur Ahli Pertama",
     Office, 500, 0},
    {"Pranata SDM Aparatur Terampil", Terampil, D3, "Administrasi Perkantoran|Manajemen|Sekretari",
     "Pengelola Layanan Operasional", Office, 550, 40},
    {"Auditor Ahli Pertama", AhliPertama, S1, AuditFields, nullptr, Office, 450, 0},
    {"Auditor Ahli Muda", AhliMuda, S1, AuditFields, "Auditor Ahli Pertama", Office, 400, 0},
    {"Auditor Ahli Madya", AhliMadya, S1, AuditFields, "Auditor Ahli Muda", Office, 350, 0},
    {"Pranata Komputer Ahli Pertama", AhliPertama, S1, ItFields, nullptr, Office, 350, 60},
    {"Pranata Komputer Terampil", Terampil, D3, "Manajemen Informatika|Teknik Komputer", nullptr,
     Office, 350, 60},
    {"Arsiparis Terampil", Terampil, D3, "Kearsipan|Administrasi Perkantoran",
     "Pengadministrasi Perkantoran", Office, 600, 60},
    {"Arsiparis Ahli Pertama", AhliPertama, S1, "Kearsipan|Ilmu Perpustakaan|Administrasi Publik",
     nullptr, Office, 600, 40},
    {"Analis Kebijakan Ahli Pertama", AhliPertama, S1, AdminFields, "Penata Layanan Operasional",
     Office, 500, 30},
    {"Analis Kebijakan Ahli Muda", AhliMuda, S1, AdminFields, "Analis Kebijakan Ahli Pertama",
     Office, 450, 0},
    {"Pengelola Pengadaan Barang/Jasa Ahli Pertama", AhliPertama, S1,
     "Teknik Sipil|Manajemen|Ekonomi Pembangunan|Hukum", nullptr, Office, 350, 0},
    {"Analis Keuangan Pusat dan Daerah Ahli Pertama", AhliPertama, S1,
     "Akuntansi|Ekonomi Pembangunan|Manajemen", nullptr, Office, 550, 30},
    {"Pranata Hubungan Masyarakat Ahli Pertama", AhliPertama, S1, "Ilmu Komunikasi", nullptr,
     Office, 550, 40},
    {"Statistisi Ahli Pertama", AhliPertama, S1, "Statistika|Matematika", nullptr, Office, 500, 40},
    {"Penyuluh Pertanian Ahli Pertama", AhliPertama, S1, AgriFields, nullptr, Office, 350, 150},
    {"Penyuluh Pertanian Ahli Muda", AhliMuda, S1, AgriFields, "Penyuluh Pertanian Ahli Pertama",
     Office, 300, 0},
    {"Penyuluh Pertanian Terampil", Terampil, D3, "Pertanian|Agribisnis", nullptr, Office, 300,
     200},
    {"Pengendali Organisme Pengganggu Tumbuhan Ahli Pertama", AhliPertama, S1,
     "Agroteknologi|Hama dan Penyakit Tumbuhan", nullptr, Office, 400, 60},
    {"Medik Veteriner Ahli Pertama", AhliPertama, S1, "Kedokteran Hewan", nullptr, Office, 500, 60},
    {"Paramedik Veteriner Terampil", Terampil, D3, "Kesehatan Hewan", nullptr, Office, 350, 100},
    {"Pengawas Perikanan Ahli Pertama", AhliPertama, S1, "Perikanan|Ilmu Kelautan", nullptr, Office,
     300, 40},
    {"Pengendali Dampak Lingkungan Ahli Pertama", AhliPertama, S1,
     "Teknik Lingkungan|Biologi|Kesehatan Lingkungan", nullptr, Office, 450, 40},
    {"Polisi Kehutanan Terampil", Terampil, D3, "Kehutanan", nullptr, Office, 100, 60},
    {"Penyuluh Kehutanan Ahli Pertama", AhliPertama, S1, "Kehutanan", nullptr, Office, 300, 60},
    {"Pekerja Sosial Ahli Pertama", AhliPertama, S1, "Kesejahteraan Sosial|Psikologi|Sosiologi",
     nullptr, Office, 600, 60},
    {"Pengawas Ketenagakerjaan Ahli Pertama", AhliPertama, S1,
     "Hukum|Kesehatan Masyarakat|Teknik Mesin", nullptr, Office, 350, 0},
    {"Instruktur Ahli Pertama", AhliPertama, S1, "Teknik Mesin|Teknik Elektro|Teknik Informatika",
     nullptr, Office, 250, 100},
    {"Pengantar Kerja Ahli Pertama", AhliPertama, S1, "Psikologi|Manajemen|Administrasi Publik",
     nullptr, Office, 500, 40},
    {"Polisi Pamong Praja Terampil", Terampil, D3, SatpolFields, "Operator Layanan Operasional",
     Office, 150, 60},
    {"Polisi Pamong Praja Mahir", Mahir, D3, SatpolFields, "Polisi Pamong Praja Terampil", Office,
     120, 0},
    {"Penguji Kendaraan Bermotor Terampil", Terampil, D3, "Teknik Otomotif|Teknik Mesin", nullptr,
     Office, 100, 40},
    {"Widyaiswara Ahli Muda", AhliMuda, S1, AdminFields, "Analis Kebijakan Ahli Pertama", Office,
     450, 0},
    {"Widyaiswara Ahli Madya", AhliMadya, S1, AdminFields, "Widyaiswara Ahli Muda", Office, 400, 0},
    {"Peneliti Ahli Pertama", AhliPertama, S1,
     "Ekonomi Pembangunan|Sosiologi|Biologi|Agroteknologi", nullptr, Office, 500, 0},
    {"Penera Terampil", Terampil, D3, "Metrologi|Teknik Elektro", nullptr, Office, 300, 40},
    {"Pengawas Perdagangan Ahli Pertama", AhliPertama, S1, "Ekonomi Pembangunan|Hukum|Manajemen",
     nullptr, Office, 450, 40},
    {"Pengawas Koperasi Ahli Pertama", AhliPertama, S1, "Akuntansi|Manajemen|Ekonomi Pembangunan",
     nullptr, Office, 450, 40},
    {"Adyatama Kepariwisataan dan Ekonomi Kreatif Ahli Pertama", AhliPertama, S1,
     "Pariwisata|Manajemen", nullptr, Office, 550, 60},
    {"Penyuluh Keluarga Berencana Ahli Pertama", AhliPertama, S1,
     "Kesehatan Masyarakat|Sosiologi|Psikologi", nullptr, Office, 650, 100},
    {"Penggerak Swadaya Masyarakat Ahli Pertama", AhliPertama, S1,
     "Sosiologi|Ilmu Pemerintahan|Kesejahteraan Sosial", nullptr, Office, 400, 60},
    {"Penyelidik Bumi Ahli Pertama", AhliPertama, S1, "Teknik Geologi|Teknik Pertambangan", nullptr,
     Office, 250, 0},
    {"Teknik Jalan dan Jembatan Ahli Pertama", AhliPertama, S1, "Teknik Sipil", nullptr, Office,
     200, 60},
    {"Teknik Pengairan Ahli Pertama", AhliPertama, S1, "Teknik Sipil|Teknik Pengairan", nullptr,
     Office, 200, 40},
    {"Penata Ruang Ahli Pertama", AhliPertama, S1, "Perencanaan Wilayah dan Kota|Arsitektur",
     nullptr, Office, 450, 40},
    {"Analis Ketahanan Pangan Ahli Pertama", AhliPertama, S1, "Agribisnis|Teknologi Pangan|Gizi",
     nullptr, Office, 500, 60},
    {"Administrator Database Kependudukan Ahli Pertama", AhliPertama, S1, ItFields, nullptr, Office,
     400, 40},
    {"Pamong Budaya Ahli Pertama", AhliPertama, S1, "Sejarah|Antropologi|Arkeologi", nullptr,
     Office, 500, 60},
};

constexpr DivisionStyleSpec DivisionStyles[] = {
    {DivisionStyle::Bidang, "Kepala Bidang", "Seksi", "Kepala Seksi"},
    {DivisionStyle::Biro, "Kepala Biro", "Bagian", "Kepala Bagian"},
    {DivisionStyle::Irban, "Inspektur Pembantu", nullptr, nullptr},
    {DivisionStyle::Bagian, "Kepala Bagian", "Subbagian", "Kepala Subbagian"},
};

using enum DivisionStyle;

constexpr OpdSpec Opds[] = {
    {"SETDA", "Sekretariat Daerah", "Sekretaris Daerah", Biro, false, 3,
     "Biro Pemerintahan dan Otonomi Daerah:Pemerintahan|Otonomi Daerah|Kerja Sama;"
     "Biro Hukum:Perundang-undangan|Bantuan Hukum|Dokumentasi dan Informasi Hukum;"
     "Biro Perekonomian dan Administrasi Pembangunan:Perekonomian|Administrasi Pembangunan|"
     "Sumber Daya Alam;"
     "Biro Organisasi:Kelembagaan dan Analisis Jabatan|Reformasi Birokrasi|Tata Laksana;"
     "Biro Umum:Tata Usaha Pimpinan|Rumah Tangga|Keuangan;"
     "Biro Kesejahteraan Rakyat:Bina Mental Spiritual|Kesejahteraan Sosial;"
     "Biro Pengadaan Barang dan Jasa:Pengelolaan Pengadaan|Layanan Pengadaan Secara Elektronik",
     "Analis Kebijakan Ahli Pertama|Analis Kebijakan Ahli Muda|"
     "Pengelola Pengadaan Barang/Jasa Ahli Pertama|Pranata Hubungan Masyarakat Ahli Pertama",
     "", "Ilmu Pemerintahan|Hukum|Administrasi Publik", OpdSpecial::None},
    {"SETWAN", "Sekretariat DPRD", "Sekretaris DPRD", Bagian, false, 2,
     "Bagian Umum dan Keuangan;Bagian Persidangan dan Perundang-undangan;"
     "Bagian Fasilitasi Penganggaran dan Pengawasan;Bagian Hubungan Masyarakat dan Protokol",
     "Analis Kebijakan Ahli Pertama|Pranata Hubungan Masyarakat Ahli Pertama|Arsiparis Terampil",
     "", "Hukum|Ilmu Pemerintahan|Administrasi Publik", OpdSpecial::None},
    {"INSP", "Inspektorat", "Inspektur", Irban, true, 2,
     "Inspektorat Pembantu Wilayah I;Inspektorat Pembantu Wilayah II;"
     "Inspektorat Pembantu Wilayah III;Inspektorat Pembantu Khusus",
     "Auditor Ahli Pertama|Auditor Ahli Muda|Auditor Ahli Madya", "",
     "Akuntansi|Hukum|Ekonomi Pembangunan", OpdSpecial::None},
    {"BAPPEDA", "Badan Perencanaan Pembangunan Daerah", "Kepala Badan", Bidang, true, 2,
     "Bidang Perencanaan Makro dan Evaluasi;Bidang Pemerintahan dan Pembangunan Manusia;"
     "Bidang Perekonomian dan Sumber Daya Alam;Bidang Infrastruktur dan Kewilayahan",
     "Perencana Ahli Pertama|Perencana Ahli Muda|Perencana Ahli Madya|Statistisi Ahli Pertama", "",
     "Ekonomi Pembangunan|Perencanaan Wilayah dan Kota|Teknik Sipil", OpdSpecial::None},
    {"BKD", "Badan Kepegawaian Daerah", "Kepala Badan", Bidang, true, 2,
     "Bidang Pengadaan, Pemberhentian dan Informasi;Bidang Mutasi dan Promosi;"
     "Bidang Pengembangan Kompetensi:Pendidikan dan Pelatihan|Pengembangan Karier;"
     "Bidang Penilaian Kinerja dan Penghargaan",
     "Analis SDM Aparatur Ahli Pertama|Analis SDM Aparatur Ahli Muda|"
     "Pranata SDM Aparatur Terampil|Pranata Komputer Ahli Pertama",
     "UPTD Penilaian Kompetensi Pegawai", "Psikologi|Administrasi Publik|Hukum|Manajemen",
     OpdSpecial::None},
    {"BPKAD", "Badan Pengelolaan Keuangan dan Aset Daerah", "Kepala Badan", Bidang, true, 2,
     "Bidang Anggaran:Penyusunan Anggaran|Pengendalian Anggaran;"
     "Bidang Perbendaharaan:Belanja|Kas Daerah;Bidang Akuntansi dan Pelaporan;"
     "Bidang Pengelolaan Barang Milik Daerah:Penatausahaan Aset|Pemanfaatan Aset",
     "Analis Keuangan Pusat dan Daerah Ahli Pertama|Pranata Komputer Terampil", "",
     "Akuntansi|Ekonomi Pembangunan|Manajemen", OpdSpecial::None},
    {"BAPENDA", "Badan Pendapatan Daerah", "Kepala Badan", Bidang, true, 3,
     "Bidang Pajak Daerah:Pajak Kendaraan Bermotor|Pajak Bahan Bakar dan Air Permukaan;"
     "Bidang Retribusi dan Pendapatan Lain;Bidang Pengendalian dan Evaluasi;"
     "Bidang Data dan Informasi Pendapatan:Pengolahan Data|Sistem Informasi",
     "Pranata Komputer Terampil|Analis Keuangan Pusat dan Daerah Ahli Pertama",
     "UPTD Pelayanan Pendapatan Daerah *", "Akuntansi|Ekonomi Pembangunan|Manajemen",
     OpdSpecial::None},
    {"BPBD", "Badan Penanggulangan Bencana Daerah", "Kepala Badan", Bidang, true, 1,
     "Bidang Pencegahan dan Kesiapsiagaan;Bidang Kedaruratan dan Logistik;"
     "Bidang Rehabilitasi dan Rekonstruksi",
     "Analis Kebijakan Ahli Pertama|Pranata Komputer Terampil",
     "UPTD Pusat Pengendalian Operasi Penanggulangan Bencana",
     "Teknik Sipil|Geografi|Administrasi Publik", OpdSpecial::None},
    {"KESBANGPOL", "Badan Kesatuan Bangsa dan Politik", "Kepala Badan", Bidang, true, 1,
     "Bidang Ideologi, Wawasan Kebangsaan dan Karakter Bangsa;"
     "Bidang Politik Dalam Negeri dan Organisasi Kemasyarakatan;"
     "Bidang Kewaspadaan Nasional dan Penanganan Konflik",
     "Analis Kebijakan Ahli Pertama|Analis Kebijakan Ahli Muda", "",
     "Ilmu Pemerintahan|Ilmu Politik|Sosiologi", OpdSpecial::None},
    {"BPSDM", "Badan Pengembangan Sumber Daya Manusia", "Kepala Badan", Bidang, true, 1,
     "Bidang Pengembangan Kompetensi Manajerial dan Fungsional;"
     "Bidang Pengembangan Kompetensi Teknis;"
     "Bidang Sertifikasi Kompetensi dan Pengelolaan Pelatihan",
     "Widyaiswara Ahli Muda|Widyaiswara Ahli Madya|Analis SDM Aparatur Ahli Pertama", "",
     "Administrasi Publik|Psikologi|Manajemen", OpdSpecial::None},
    {"SATPOLPP", "Satuan Polisi Pamong Praja", "Kepala Satuan Polisi Pamong Praja", Bidang, true, 2,
     "Bidang Penegakan Peraturan Daerah:Penyelidikan dan Penyidikan|Pembinaan dan Pengawasan;"
     "Bidang Ketertiban Umum dan Ketenteraman Masyarakat:Operasi dan Pengendalian|Kerja Sama;"
     "Bidang Perlindungan Masyarakat:Satuan Perlindungan Masyarakat|Bina Potensi Masyarakat;"
     "Bidang Sumber Daya Aparatur:Pelatihan Dasar|Teknis Fungsional",
     "Polisi Pamong Praja Terampil|Polisi Pamong Praja Mahir", "", "Ilmu Pemerintahan|Hukum",
     OpdSpecial::None},
    {"DISDIKBUD", "Dinas Pendidikan dan Kebudayaan", "Kepala Dinas", Bidang, true, 2,
     "Bidang Pembinaan Sekolah Menengah Atas:Kurikulum|Peserta Didik dan Pembangunan Karakter;"
     "Bidang Pembinaan Sekolah Menengah Kejuruan:Kurikulum Kejuruan|"
     "Kelembagaan dan Kerja Sama Industri;"
     "Bidang Pendidikan Khusus dan Layanan Khusus;"
     "Bidang Guru dan Tenaga Kependidikan:Pendidik|Tenaga Kependidikan;"
     "Bidang Kebudayaan:Cagar Budaya dan Permuseuman|Kesenian dan Tradisi",
     "Pamong Budaya Ahli Pertama|Analis Kebijakan Ahli Pertama|Pengawas Sekolah Ahli Muda",
     "UPTD Taman Budaya|UPTD Museum Negeri Wanggar",
     "Pendidikan Matematika|Pendidikan Bahasa Indonesia|Manajemen Pendidikan",
     OpdSpecial::Education},
    {"DINKES", "Dinas Kesehatan", "Kepala Dinas", Bidang, true, 2,
     "Bidang Kesehatan Masyarakat:Kesehatan Keluarga dan Gizi|Promosi Kesehatan;"
     "Bidang Pencegahan dan Pengendalian Penyakit:Surveilans dan Imunisasi|Penyakit Menular;"
     "Bidang Pelayanan Kesehatan:Pelayanan Kesehatan Primer|Pelayanan Kesehatan Rujukan;"
     "Bidang Sumber Daya Kesehatan:Kefarmasian dan Alat Kesehatan|"
     "Sumber Daya Manusia Kesehatan",
     "Epidemiolog Kesehatan Ahli Pertama|Administrator Kesehatan Ahli Pertama|"
     "Penyuluh Kesehatan Masyarakat Ahli Pertama|Apoteker Ahli Pertama",
     "UPTD Laboratorium Kesehatan Daerah|UPTD Pelatihan Kesehatan",
     "Kesehatan Masyarakat|Kedokteran|Keperawatan", OpdSpecial::Health},
    {"PUPR", "Dinas Pekerjaan Umum dan Penataan Ruang", "Kepala Dinas", Bidang, true, 3,
     "Bidang Bina Marga:Pembangunan Jalan dan Jembatan|Preservasi Jalan dan Jembatan;"
     "Bidang Cipta Karya:Bangunan Gedung|Air Minum dan Sanitasi;"
     "Bidang Penataan Ruang:Perencanaan Tata Ruang|Pengendalian Pemanfaatan Ruang;"
     "Bidang Bina Konstruksi:Pembinaan Jasa Konstruksi|Peralatan dan Laboratorium",
     "Teknik Jalan dan Jembatan Ahli Pertama|Penata Ruang Ahli Pertama|"
     "Pengelola Pengadaan Barang/Jasa Ahli Pertama",
     "UPTD Pengelolaan Jalan dan Jembatan Wilayah I|UPTD Pengelolaan Jalan dan Jembatan Wilayah II|"
     "UPTD Pengelolaan Jalan dan Jembatan Wilayah III|UPTD Laboratorium Bahan Konstruksi",
     "Teknik Sipil|Perencanaan Wilayah dan Kota|Arsitektur", OpdSpecial::None},
    {"DISHUB", "Dinas Perhubungan", "Kepala Dinas", Bidang, true, 2,
     "Bidang Lalu Lintas dan Angkutan Jalan;Bidang Pelayaran:Kepelabuhanan|Angkutan Laut;"
     "Bidang Angkutan Sungai, Danau dan Penyeberangan;"
     "Bidang Keselamatan dan Prasarana:Keselamatan Transportasi|Prasarana Perhubungan",
     "Penguji Kendaraan Bermotor Terampil|Analis Kebijakan Ahli Pertama",
     "UPTD Pengujian Kendaraan Bermotor|UPTD Pelabuhan Penyeberangan Kepulauan Selawi|"
     "UPTD Pengelolaan Prasarana Perhubungan Darat",
     "Teknik Sipil|Manajemen|Teknik Mesin", OpdSpecial::None},
    {"DINSOS", "Dinas Sosial", "Kepala Dinas", Bidang, true, 1,
     "Bidang Perlindungan dan Jaminan Sosial;"
     "Bidang Rehabilitasi Sosial:Rehabilitasi Anak dan Lanjut Usia|"
     "Rehabilitasi Penyandang Disabilitas;"
     "Bidang Pemberdayaan Sosial dan Penanganan Fakir Miskin",
     "Pekerja Sosial Ahli Pertama",
     "UPTD Panti Sosial Tresna Werdha|UPTD Panti Sosial Bina Remaja|"
     "UPTD Panti Sosial Bina Netra dan Rungu Wicara",
     "Kesejahteraan Sosial|Sosiologi|Psikologi", OpdSpecial::None},
    {"DISNAKERTRANS", "Dinas Tenaga Kerja dan Transmigrasi", "Kepala Dinas", Bidang, true, 2,
     "Bidang Pelatihan dan Penempatan Tenaga Kerja:Pelatihan Kerja|Penempatan Tenaga Kerja;"
     "Bidang Hubungan Industrial dan Jaminan Sosial;"
     "Bidang Pengawasan Ketenagakerjaan:Norma Kerja|Keselamatan dan Kesehatan Kerja;"
     "Bidang Transmigrasi:Penyiapan Permukiman|Pengembangan Kawasan Transmigrasi",
     "Pengawas Ketenagakerjaan Ahli Pertama|Instruktur Ahli Pertama|Pengantar Kerja Ahli Pertama",
     "UPTD Balai Latihan Kerja Wanggar|UPTD Balai Latihan Kerja Sungai Rawi|"
     "UPTD Balai Keselamatan dan Kesehatan Kerja",
     "Hukum|Psikologi|Manajemen", OpdSpecial::None},
    {"DISTANHORTI", "Dinas Tanaman Pangan dan Hortikultura", "Kepala Dinas", Bidang, true, 2,
     "Bidang Tanaman Pangan:Produksi Tanaman Pangan|Perbenihan;"
     "Bidang Hortikultura:Produksi Hortikultura|Pascapanen;"
     "Bidang Prasarana dan Sarana Pertanian:Lahan dan Irigasi|Pupuk, Pestisida dan Alat Mesin;"
     "Bidang Penyuluhan",
     "Penyuluh Pertanian Ahli Pertama|Penyuluh Pertanian Ahli Muda|Penyuluh Pertanian Terampil|"
     "Pengendali Organisme Pengganggu Tumbuhan Ahli Pertama",
     "UPTD Balai Benih Induk Padi dan Palawija|"
     "UPTD Balai Proteksi Tanaman Pangan dan Hortikultura|UPTD Balai Penyuluhan Pertanian #",
     AgriFields, OpdSpecial::None},
    {"DKP", "Dinas Kelautan dan Perikanan", "Kepala Dinas", Bidang, true, 2,
     "Bidang Perikanan Tangkap:Kapal dan Alat Tangkap|Pelabuhan Perikanan;"
     "Bidang Perikanan Budidaya:Produksi Budidaya|Kesehatan Ikan dan Lingkungan;"
     "Bidang Pengelolaan Ruang Laut dan Pesisir;"
     "Bidang Pengolahan dan Pemasaran Hasil Perikanan",
     "Pengawas Perikanan Ahli Pertama",
     "UPTD Pelabuhan Perikanan Teluk Mandau|UPTD Balai Benih Ikan|"
     "UPTD Pengawasan Sumber Daya Kelautan dan Perikanan",
     "Perikanan|Ilmu Kelautan", OpdSpecial::None},
    {"DLHK", "Dinas Lingkungan Hidup dan Kehutanan", "Kepala Dinas", Bidang, true, 3,
     "Bidang Tata Lingkungan:Kajian Dampak Lingkungan|Inventarisasi Lingkungan;"
     "Bidang Pengendalian Pencemaran dan Kerusakan Lingkungan;"
     "Bidang Pengelolaan Hutan:Perencanaan Hutan|Pemanfaatan Hutan;"
     "Bidang Perlindungan Hutan dan Konservasi Sumber Daya Alam;"
     "Bidang Penyuluhan dan Pemberdayaan Masyarakat",
     "Pengendali Dampak Lingkungan Ahli Pertama|Polisi Kehutanan Terampil|"
     "Penyuluh Kehutanan Ahli Pertama",
     "UPTD Kesatuan Pengelolaan Hutan #|UPTD Laboratorium Lingkungan",
     "Kehutanan|Teknik Lingkungan|Biologi", OpdSpecial::None},
    {"DISPAR", "Dinas Pariwisata", "Kepala Dinas", Bidang, true, 1,
     "Bidang Destinasi Pariwisata:Pengembangan Destinasi|Daya Tarik Wisata;"
     "Bidang Pemasaran Pariwisata:Promosi|Kemitraan dan Event;"
     "Bidang Ekonomi Kreatif:Pengembangan Ekonomi Kreatif|Sumber Daya Pariwisata",
     "Adyatama Kepariwisataan dan Ekonomi Kreatif Ahli Pertama",
     "UPTD Pengelolaan Kawasan Wisata Danau Sari", "Pariwisata|Manajemen", OpdSpecial::None},
    {"DISKOMINFO", "Dinas Komunikasi, Informatika dan Statistik", "Kepala Dinas", Bidang, true, 2,
     "Bidang Informasi dan Komunikasi Publik;"
     "Bidang Aplikasi Informatika:Pengembangan Aplikasi|"
     "Tata Kelola Sistem Pemerintahan Berbasis Elektronik;"
     "Bidang Infrastruktur Teknologi Informasi dan Persandian;Bidang Statistik",
     "Pranata Komputer Ahli Pertama|Pranata Komputer Terampil|"
     "Pranata Hubungan Masyarakat Ahli Pertama|Statistisi Ahli Pertama",
     "", "Teknik Informatika|Sistem Informasi|Ilmu Komunikasi", OpdSpecial::None},
    {"DISKOPUKM", "Dinas Koperasi, Usaha Kecil dan Menengah", "Kepala Dinas", Bidang, true, 1,
     "Bidang Kelembagaan dan Pengawasan Koperasi;"
     "Bidang Pemberdayaan Usaha Kecil dan Menengah:Pembiayaan|Pemasaran dan Kemitraan;"
     "Bidang Pengembangan Kewirausahaan",
     "Pengawas Koperasi Ahli Pertama", "", "Ekonomi Pembangunan|Manajemen|Akuntansi",
     OpdSpecial::None},
    {"DISPERINDAG", "Dinas Perindustrian dan Perdagangan", "Kepala Dinas", Bidang, true, 2,
     "Bidang Perindustrian:Industri Agro|Industri Logam dan Aneka;"
     "Bidang Perdagangan Dalam Negeri:Distribusi|Pengembangan Pasar;"
     "Bidang Perdagangan Luar Negeri;Bidang Perlindungan Konsumen dan Metrologi",
     "Pengawas Perdagangan Ahli Pertama|Penera Terampil",
     "UPTD Metrologi Legal|UPTD Pengujian dan Sertifikasi Mutu Barang",
     "Ekonomi Pembangunan|Manajemen|Teknik Industri", OpdSpecial::None},
    {"DPMPTSP", "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu", "Kepala Dinas", Bidang,
     true, 1,
     "Bidang Perencanaan dan Promosi Penanaman Modal;"
     "Bidang Pelayanan Perizinan:Perizinan Usaha|Perizinan Non Usaha;"
     "Bidang Pengendalian Pelaksanaan Penanaman Modal",
     "Analis Kebijakan Ahli Pertama|Pranata Komputer Terampil", "",
     "Ekonomi Pembangunan|Hukum|Administrasi Publik", OpdSpecial::None},
    {"DP3AP2KB",
     "Dinas Pemberdayaan Perempuan, Perlindungan Anak, Pengendalian Penduduk dan Keluarga "
     "Berencana",
     "Kepala Dinas", Bidang, true, 1,
     "Bidang Pemberdayaan Perempuan;"
     "Bidang Perlindungan Anak:Pemenuhan Hak Anak|Perlindungan Khusus Anak;"
     "Bidang Pengendalian Penduduk dan Keluarga Berencana",
     "Penyuluh Keluarga Berencana Ahli Pertama|Pekerja Sosial Ahli Pertama",
     "UPTD Perlindungan Perempuan dan Anak", "Sosiologi|Kesehatan Masyarakat|Psikologi",
     OpdSpecial::None},
    {"DISPORA", "Dinas Kepemudaan dan Olahraga", "Kepala Dinas", Bidang, true, 1,
     "Bidang Kepemudaan:Pemberdayaan Pemuda|Pengembangan Pemuda;Bidang Olahraga Prestasi;"
     "Bidang Pembudayaan Olahraga:Olahraga Pendidikan|Olahraga Rekreasi",
     "Analis Kebijakan Ahli Pertama", "UPTD Pengelolaan Sarana Olahraga",
     "Ilmu Keolahragaan|Administrasi Publik|Manajemen", OpdSpecial::None},
    {"DISPUSIP", "Dinas Perpustakaan dan Kearsipan", "Kepala Dinas", Bidang, true, 1,
     "Bidang Layanan Perpustakaan:Layanan Koleksi|Perpustakaan Keliling;"
     "Bidang Pembinaan dan Pengembangan Perpustakaan;"
     "Bidang Pengelolaan Arsip:Arsip Dinamis|Arsip Statis;Bidang Pembinaan Kearsipan",
     "Pustakawan Ahli Pertama|Pustakawan Terampil|Arsiparis Ahli Pertama|Arsiparis Terampil", "",
     "Ilmu Perpustakaan|Kearsipan|Administrasi Publik", OpdSpecial::None},
    {"DESDM", "Dinas Energi dan Sumber Daya Mineral", "Kepala Dinas", Bidang, true, 1,
     "Bidang Mineral dan Batubara:Pengusahaan Mineral|Teknik dan Lingkungan Pertambangan;"
     "Bidang Energi dan Ketenagalistrikan:Energi Baru Terbarukan|Ketenagalistrikan;"
     "Bidang Geologi dan Air Tanah",
     "Penyelidik Bumi Ahli Pertama",
     "UPTD Pengelolaan Energi dan Sumber Daya Mineral Wilayah Utara|"
     "UPTD Pengelolaan Energi dan Sumber Daya Mineral Wilayah Selatan",
     "Teknik Pertambangan|Teknik Geologi|Teknik Elektro", OpdSpecial::None},
    {"DISPERKIM", "Dinas Perumahan dan Kawasan Permukiman", "Kepala Dinas", Bidang, true, 1,
     "Bidang Perumahan:Penyediaan Perumahan|Rumah Tidak Layak Huni;Bidang Kawasan Permukiman;"
     "Bidang Prasarana, Sarana dan Utilitas Umum",
     "Penata Ruang Ahli Pertama|Teknik Jalan dan Jembatan Ahli Pertama", "",
     "Teknik Sipil|Arsitektur|Perencanaan Wilayah dan Kota", OpdSpecial::None},
    {"DISKETAPANG", "Dinas Ketahanan Pangan", "Kepala Dinas", Bidang, true, 1,
     "Bidang Ketersediaan dan Kerawanan Pangan;Bidang Distribusi dan Cadangan Pangan;"
     "Bidang Konsumsi dan Keamanan Pangan",
     "Analis Ketahanan Pangan Ahli Pertama|Penyuluh Pertanian Ahli Pertama",
     "UPTD Balai Pengawasan Mutu dan Keamanan Pangan", "Agribisnis|Teknologi Pangan|Agroteknologi",
     OpdSpecial::None},
    {"DISNAKKESWAN", "Dinas Peternakan dan Kesehatan Hewan", "Kepala Dinas", Bidang, true, 1,
     "Bidang Produksi Peternakan:Perbibitan|Pakan Ternak;"
     "Bidang Kesehatan Hewan:Pengendalian Penyakit Hewan|Pelayanan Medik Veteriner;"
     "Bidang Kesehatan Masyarakat Veteriner dan Pascapanen",
     "Medik Veteriner Ahli Pertama|Paramedik Veteriner Terampil",
     "UPTD Rumah Sakit Hewan|UPTD Balai Pembibitan Ternak", "Peternakan|Kedokteran Hewan",
     OpdSpecial::None},
    {"DPMD", "Dinas Pemberdayaan Masyarakat dan Desa", "Kepala Dinas", Bidang, true, 1,
     "Bidang Pemerintahan Desa;"
     "Bidang Pemberdayaan Masyarakat:Kelembagaan Masyarakat|Pemberdayaan Ekonomi Masyarakat;"
     "Bidang Pembangunan Desa dan Kawasan Perdesaan",
     "Penggerak Swadaya Masyarakat Ahli Pertama", "",
     "Ilmu Pemerintahan|Sosiologi|Administrasi Publik", OpdSpecial::None},
    {"BAPENGHUB", "Badan Penghubung Daerah", "Kepala Badan", Bidang, true, 1,
     "Bidang Fasilitasi dan Protokol;Bidang Promosi dan Informasi Daerah",
     "Pranata Hubungan Masyarakat Ahli Pertama", "", "Ilmu Komunikasi|Administrasi Publik",
     OpdSpecial::None},
    {"BALITBANGDA", "Badan Penelitian dan Pengembangan Daerah", "Kepala Badan", Bidang, true, 1,
     "Bidang Sosial dan Pemerintahan;Bidang Ekonomi dan Pembangunan;Bidang Inovasi dan Teknologi",
     "Peneliti Ahli Pertama|Perencana Ahli Pertama", "", "Ekonomi Pembangunan|Sosiologi|Biologi",
     OpdSpecial::None},
    {"DISDUKCAPIL", "Dinas Kependudukan dan Pencatatan Sipil", "Kepala Dinas", Bidang, true, 1,
     "Bidang Pelayanan Pendaftaran Penduduk:Identitas Penduduk|Pindah Datang Penduduk;"
     "Bidang Pelayanan Pencatatan Sipil:Kelahiran dan Kematian|Perkawinan dan Perceraian;"
     "Bidang Pengelolaan Informasi Administrasi Kependudukan:Sistem Informasi|"
     "Pengolahan dan Penyajian Data",
     "Administrator Database Kependudukan Ahli Pertama|Pranata Komputer Terampil", "",
     "Ilmu Pemerintahan|Hukum|Sistem Informasi", OpdSpecial::None},
    {"DISBUN", "Dinas Perkebunan", "Kepala Dinas", Bidang, true, 1,
     "Bidang Produksi Perkebunan:Tanaman Tahunan|Tanaman Semusim;Bidang Perlindungan Perkebunan;"
     "Bidang Pengolahan dan Pemasaran Hasil Perkebunan",
     "Penyuluh Pertanian Ahli Pertama|Pengendali Organisme Pengganggu Tumbuhan Ahli Pertama",
     "UPTD Balai Benih Perkebunan|UPTD Proteksi Tanaman Perkebunan", "Agroteknologi|Agribisnis",
     OpdSpecial::None},
    {"DPSDA", "Dinas Sumber Daya Air", "Kepala Dinas", Bidang, true, 2,
     "Bidang Irigasi dan Rawa:Pembangunan Irigasi|Operasi dan Pemeliharaan;"
     "Bidang Sungai, Danau dan Pantai;Bidang Air Baku dan Air Tanah",
     "Teknik Pengairan Ahli Pertama",
     "UPTD Pengelolaan Sumber Daya Air Wilayah Sungai Wanggar|"
     "UPTD Pengelolaan Sumber Daya Air Wilayah Sungai Rawi|"
     "UPTD Pengelolaan Sumber Daya Air Wilayah Sungai Mandau",
     "Teknik Sipil|Teknik Pengairan", OpdSpecial::None},
    {"BPPD", "Badan Pengelola Perbatasan Daerah", "Kepala Badan", Bidang, true, 1,
     "Bidang Pengelolaan Batas Wilayah;Bidang Pengelolaan Potensi Kawasan Perbatasan;"
     "Bidang Infrastruktur Kawasan Perbatasan",
     "Analis Kebijakan Ahli Pertama|Perencana Ahli Pertama", "",
     "Ilmu Pemerintahan|Geografi|Perencanaan Wilayah dan Kota", OpdSpecial::None},
};

constexpr StaffEntry SubbagianStaff[] = {
    {"Pengadministrasi Perkantoran", 3},  {"Pengolah Data dan Informasi", 2},
    {"Penata Layanan Operasional", 2},    {"Operator Layanan Operasional", 1},
    {"Pengelola Layanan Operasional", 1},
};
constexpr StaffEntry DivisionStaff[] = {
    {"Penata Layanan Operasional", 2},
    {"Pengolah Data dan Informasi", 1},
    {"Pengadministrasi Perkantoran", 1},
};
constexpr StaffEntry SectionStaff[] = {
    {"Penata Layanan Operasional", 2},
    {"Pengadministrasi Perkantoran", 1},
    {"Pengelola Layanan Operasional", 1},
};
constexpr StaffEntry UptStaff[] = {
    {"Pengadministrasi Perkantoran", 3},
    {"Penata Layanan Operasional", 2},
    {"Pengelola Layanan Operasional", 2},
    {"Operator Layanan Operasional", 2},
    {"Bendahara", 1},
};
constexpr StaffEntry CabangStaff[] = {
    {"Pengawas Sekolah Ahli Muda", 3},
    {"Pengawas Sekolah Ahli Madya", 2},
    {"Pengadministrasi Perkantoran", 3},
    {"Penata Layanan Operasional", 2},
    {"Bendahara", 1},
};
constexpr StaffEntry SchoolStaff[] = {
    {"Guru Ahli Pertama", 10},
    {"Guru Ahli Muda", 9},
    {"Guru Ahli Madya", 7},
    {"Pengadministrasi Perkantoran", 2},
    {"Pengelola Layanan Operasional", 1},
    {"Pranata Laboratorium Pendidikan Terampil", 1},
    {"Pustakawan Terampil", 1},
};
constexpr StaffEntry PuskesmasStaff[] = {
    {"Dokter Ahli Pertama", 2},
    {"Dokter Gigi Ahli Pertama", 1},
    {"Perawat Terampil", 3},
    {"Perawat Mahir", 2},
    {"Perawat Ahli Pertama", 2},
    {"Bidan Terampil", 3},
    {"Bidan Mahir", 2},
    {"Apoteker Ahli Pertama", 1},
    {"Tenaga Teknis Kefarmasian Terampil", 1},
    {"Pranata Laboratorium Kesehatan Terampil", 1},
    {"Sanitarian Terampil", 1},
    {"Nutrisionis Terampil", 1},
    {"Penyuluh Kesehatan Masyarakat Ahli Pertama", 1},
    {"Perekam Medis Terampil", 1},
    {"Pengadministrasi Perkantoran", 2},
};
constexpr StaffEntry HospitalStaff[] = {
    {"Dokter Ahli Madya", 8},
    {"Dokter Ahli Muda", 6},
    {"Dokter Ahli Pertama", 8},
    {"Dokter Gigi Ahli Pertama", 1},
    {"Perawat Terampil", 25},
    {"Perawat Mahir", 18},
    {"Perawat Penyelia", 8},
    {"Perawat Ahli Pertama", 15},
    {"Perawat Ahli Muda", 5},
    {"Bidan Terampil", 6},
    {"Bidan Mahir", 4},
    {"Apoteker Ahli Pertama", 4},
    {"Tenaga Teknis Kefarmasian Terampil", 4},
    {"Pranata Laboratorium Kesehatan Terampil", 6},
    {"Radiografer Terampil", 3},
    {"Nutrisionis Terampil", 3},
    {"Perekam Medis Terampil", 4},
    {"Fisioterapis Terampil", 2},
    {"Pengadministrasi Perkantoran", 10},
    {"Pengolah Data dan Informasi", 4},
    {"Pranata Komputer Terampil", 2},
    {"Bendahara", 2},
};

constexpr StaffExtra StaffExtras[] = {
    {Subbagian, "Keuangan", "Bendahara", 1},
    {Subbagian, "Keuangan", "Analis Keuangan Pusat dan Daerah Ahli Pertama", 1},
    {Subbagian, "Kepegawaian", "Analis SDM Aparatur Ahli Pertama", 1},
    {Subbagian, "Kepegawaian", "Arsiparis Terampil", 1},
    {Subbagian, "Perencanaan", "Perencana Ahli Pertama", 1},
    {Section, "Keuangan", "Bendahara", 1},
    {Section, "Umum", "Arsiparis Terampil", 1},
    {Upt, "Laboratorium Kesehatan", "Pranata Laboratorium Kesehatan Terampil", 3},
    {Upt, "Balai Latihan Kerja", "Instruktur Ahli Pertama", 3},
    {Upt, "Panti Sosial", "Pekerja Sosial Ahli Pertama", 3},
    {Upt, "Penyuluhan Pertanian", "Penyuluh Pertanian Terampil", 4},
    {Upt, "Rumah Sakit Hewan", "Medik Veteriner Ahli Pertama", 2},
    {Hospital, "Jiwa", "Psikolog Klinis Ahli Pertama", 4},
};

constexpr HospitalSpec Hospitals[] = {
    {"RSUD Provinsi Wanggar", "RSUD-PROV", 0, 3},
    {"Rumah Sakit Jiwa Daerah Provinsi Wanggar", "RSJD", 0, 2},
    {"RSUD dr. H. Abdul Manaf Sungai Rawi", "RSUD-SRW", 1, 2},
};

// Subbagian of a Sekretariat: a small OPD merges planning with finance.
constexpr const char *SmallSekretariat[] = {"Subbagian Umum dan Kepegawaian",
                                            "Subbagian Perencanaan dan Keuangan"};
constexpr const char *LargeSekretariat[] = {"Subbagian Umum dan Kepegawaian", "Subbagian Keuangan",
                                            "Subbagian Perencanaan dan Evaluasi"};

constexpr const char *PlaceFirst[] = {
    "Sungai", "Tanjung", "Muara",  "Bukit",  "Air",    "Batu",     "Padang", "Teluk",
    "Lubuk",  "Pasir",   "Talang", "Rantau", "Koto",   "Kampung",  "Pulau",  "Danau",
    "Ujung",  "Simpang", "Kuala",  "Gunung", "Lembah", "Pematang", "Tebing", "Parit",
};
constexpr const char *PlaceSecond[] = {
    "Baru",    "Jaya",    "Indah",  "Raya",   "Tengah", "Hilir",    "Hulu",   "Merah",
    "Putih",   "Panjang", "Makmur", "Sari",   "Asri",   "Lestari",  "Permai", "Sejahtera",
    "Harapan", "Mulya",   "Rejo",   "Bening", "Limau",  "Kemuning", "Gading", "Seruni",
};

} // namespace

std::span<const RegionSpec> regions()
{
    return Regions;
}

std::span<const OpdSpec> opds()
{
    return Opds;
}

std::span<const JabatanSpec> jabatans()
{
    return Jabatans;
}

const DivisionStyleSpec &divisionStyle(DivisionStyle style)
{
    return DivisionStyles[static_cast<std::size_t>(style)];
}

std::span<const StaffEntry> staffing(UnitRole role)
{
    switch (role) {
    case Subbagian:
        return SubbagianStaff;
    case Division:
        return DivisionStaff;
    case Section:
        return SectionStaff;
    case Upt:
        return UptStaff;
    case Cabang:
        return CabangStaff;
    case School:
        return SchoolStaff;
    case Puskesmas:
        return PuskesmasStaff;
    case Hospital:
        return HospitalStaff;
    case Province:
    case OpdOffice:
    case Sekretariat:
        break;
    }
    return {}; // only the head works directly in these units
}

std::span<const StaffExtra> staffExtras()
{
    return StaffExtras;
}

std::span<const HospitalSpec> hospitals()
{
    return Hospitals;
}

std::span<const char *const> sekretariatSubbagian(int opdSize)
{
    return opdSize <= 1 ? std::span<const char *const>(SmallSekretariat)
                        : std::span<const char *const>(LargeSekretariat);
}

std::span<const char *const> placeNameParts(int part)
{
    return part == 0 ? std::span<const char *const>(PlaceFirst)
                     : std::span<const char *const>(PlaceSecond);
}

} // namespace Simutasi::DemoCatalog

#include "DemoCompetencyCatalog.h"

#include <cstring>

namespace Simutasi::DemoCompetencyCatalog {

namespace {

using enum CompetencyKind;
using enum JabatanType;

constexpr CompetencySpec Competencies[] = {
    // Technical, by field of work.
    {"PED", "Pedagogi", Technical,
     "Merancang, melaksanakan dan mengevaluasi pembelajaran yang mendidik."},
    {"MKL", "Manajemen Kelas", Technical,
     "Mengelola kelas sehingga suasana belajar tertib, aman dan mendorong peserta didik."},
    {"EVP", "Evaluasi Pembelajaran", Technical,
     "Menyusun instrumen penilaian dan memanfaatkan hasilnya untuk perbaikan pembelajaran."},
    {"PKD", "Pelayanan Kesehatan Dasar", Technical,
     "Memberikan pelayanan kesehatan perorangan dan masyarakat tingkat pertama sesuai standar."},
    {"KPS", "Keselamatan Pasien", Technical,
     "Mencegah cedera dan kejadian tidak diharapkan dalam pelayanan kesehatan."},
    {"ASK", "Asuhan Keperawatan dan Kebidanan", Technical,
     "Melaksanakan pengkajian, intervensi dan evaluasi asuhan kepada pasien dan ibu."},
    {"AKB", "Analisis Kebijakan", Technical,
     "Mengkaji masalah publik dan menyusun rekomendasi kebijakan berbasis bukti."},
    {"KEU", "Pengelolaan Keuangan Daerah", Technical,
     "Merencanakan, menatausahakan dan mempertanggungjawabkan keuangan daerah."},
    {"ASN", "Manajemen ASN", Technical,
     "Mengelola perencanaan, pengadaan, mutasi, pengembangan karier dan kinerja ASN."},
    {"PPB", "Perencanaan Pembangunan", Technical,
     "Menyusun dokumen perencanaan pembangunan daerah dan mengendalikan pelaksanaannya."},
    {"AUD", "Audit Intern", Technical,
     "Melaksanakan audit, reviu dan evaluasi atas penyelenggaraan pemerintahan."},
    {"MRK", "Manajemen Risiko", Technical,
     "Mengidentifikasi, menilai dan mengendalikan risiko organisasi."},
    {"PBJ", "Pengadaan Barang/Jasa", Technical,
     "Melaksanakan pengadaan barang/jasa pemerintah sesuai ketentuan."},
    {"ARS", "Pengelolaan Arsip", Technical,
     "Mengelola arsip dinamis dan statis sesuai kaidah kearsipan."},
    {"TIK", "Tata Kelola Teknologi Informasi", Technical,
     "Merencanakan, membangun dan memelihara sistem informasi pemerintahan."},
    {"PNY", "Penyuluhan dan Pemberdayaan Masyarakat", Technical,
     "Menyampaikan informasi dan mendampingi masyarakat agar mampu menolong dirinya."},
    {"PAD", "Pelayanan Administrasi Perkantoran", Technical,
     "Menyelenggarakan tata naskah, persuratan dan administrasi kantor."},
    {"PPD", "Penegakan Peraturan Daerah", Technical,
     "Menegakkan peraturan daerah dan menjaga ketertiban umum secara humanis."},
    // Managerial (PermenPAN-RB 38/2017).
    {"INT", "Integritas", Managerial,
     "Konsisten berperilaku selaras dengan nilai, norma dan etika organisasi."},
    {"KSM", "Kerja Sama", Managerial,
     "Membangun tim kerja yang efektif dan menghargai kontribusi setiap anggota."},
    {"KOM", "Komunikasi", Managerial,
     "Menyampaikan informasi secara jelas, lisan maupun tertulis, dan mendengar aktif."},
    {"OPH", "Orientasi pada Hasil", Managerial,
     "Mempertahankan komitmen pada target kerja dan terus memperbaiki hasil."},
    {"PPU", "Pelayanan Publik", Managerial,
     "Memberikan pelayanan yang berkualitas, berintegritas dan tidak diskriminatif."},
    {"PDO", "Pengembangan Diri dan Orang Lain", Managerial,
     "Meningkatkan kemampuan diri dan mendorong pengembangan bawahan."},
    {"MPR", "Mengelola Perubahan", Managerial,
     "Menyesuaikan diri dan memimpin organisasi menghadapi perubahan."},
    {"PKP", "Pengambilan Keputusan", Managerial,
     "Mengambil keputusan yang tepat waktu berdasarkan analisis informasi."},
    // Socio-cultural.
    {"PRB", "Perekat Bangsa", SocioCultural,
     "Mempromosikan sikap toleransi, keterbukaan dan persatuan dalam keberagaman."},
};

constexpr const char *TechnicalLevels[] = {
    "Memahami konsep dasar dan melaksanakan tugas rutin dengan bimbingan.",
    "Menerapkan pengetahuan pada tugas yang umum secara mandiri.",
    "Menerapkan secara mandiri pada masalah yang kompleks.",
    "Mengembangkan metode dan membimbing orang lain.",
    "Menjadi rujukan dan menetapkan standar di tingkat provinsi.",
};
constexpr const char *ManagerialLevels[] = {
    "Sadar: memahami dan mulai menunjukkan perilaku yang diharapkan.",
    "Mampu: konsisten menunjukkan perilaku yang diharapkan.",
    "Menjadi teladan: memastikan perilaku itu dijalankan di unit kerja.",
    "Mengembangkan: membangun sistem yang mendorong perilaku itu.",
    "Menjadi role model: menciptakan budaya organisasi yang menjiwainya.",
};
constexpr const char *SocioCulturalLevels[] = {
    "Peduli terhadap keberagaman di lingkungan kerja.",
    "Aktif mengembangkan sikap saling menghargai.",
    "Mengembangkan sikap menghargai dalam unit kerja.",
    "Mendayagunakan perbedaan secara konstruktif.",
    "Menjadi wakil pemerintah yang membangun persatuan.",
};

// Keywords in jabatan names, most specific first.
constexpr TechnicalRule TechnicalRules[] = {
    {"Pengawas Sekolah", "PED|EVP"},
    {"Guru", "PED|MKL|EVP"},
    {"Kepala Cabang Dinas", "PED|PPB"},
    {"Pranata Laboratorium Pendidikan", "PED"},
    {"Pustakawan", "ARS"},
    {"Direktur Rumah Sakit", "PKD|KPS|MRK"},
    {"Perawat", "ASK|KPS"},
    {"Bidan", "ASK|PKD"},
    {"Dokter", "PKD|KPS"},
    {"Apoteker", "PKD|KPS"},
    {"Kefarmasian", "PKD|KPS"},
    {"Laboratorium Kesehatan", "KPS"},
    {"Radiografer", "KPS"},
    {"Nutrisionis", "PKD"},
    {"Sanitarian", "PKD|PNY"},
    {"Perekam Medis", "KPS|ARS"},
    {"Fisioterapis", "PKD|KPS"},
    {"Psikolog", "PKD"},
    {"Kesehatan", "PKD|PNY"},
    {"Epidemiolog", "PKD|AKB"},
    {"Perencana", "PPB|AKB"},
    {"SDM Aparatur", "ASN"},
    {"Auditor", "AUD|MRK"},
    {"Inspektur", "AUD|MRK"},
    {"Pranata Komputer", "TIK"},
    {"Arsiparis", "ARS"},
    {"Analis Kebijakan", "AKB"},
    {"Widyaiswara", "AKB|ASN"},
    {"Peneliti", "AKB"},
    {"Pengadaan", "PBJ"},
    {"Keuangan", "KEU"},
    {"Bendahara", "KEU"},
    {"Penyuluh", "PNY"},
    {"Penggerak Swadaya", "PNY"},
    {"Pekerja Sosial", "PNY"},
    {"Polisi Pamong Praja", "PPD"},
    {"Kepala Satuan Polisi", "PPD|MRK"},
    {"Statistisi", "TIK|AKB"},
    {"Kepala", "PPB|MRK"},
    {"Sekretaris", "PPB|KEU"},
    {"Inspektur Pembantu", "AUD"},
    {"Pengawas", "PNY"},
    {"", "PAD"}, // everybody else: office administration
};

constexpr LevelSpec Levels[] = {
    {4, 4, 4}, // JptUtama
    {4, 4, 4}, // JptMadya
    {4, 4, 3}, // JptPratama
    {3, 3, 3}, // Administrator
    {3, 3, 2}, // Pengawas
    {2, 2, 2}, // Pelaksana
    {5, 4, 3}, // AhliUtama
    {4, 3, 3}, // AhliMadya
    {3, 3, 2}, // AhliMuda
    {2, 2, 2}, // AhliPertama
    {3, 2, 2}, // Penyelia
    {3, 2, 2}, // Mahir
    {2, 2, 2}, // Terampil
    {1, 1, 1}, // Pemula
};
static_assert(std::size(Levels) == 14, "one row per JabatanType");

constexpr CertificateRule Certificates[] = {
    {"Guru", "Sertifikat Pendidik", "Kementerian Pendidikan, Kebudayaan, Riset, dan Teknologi",
     750},
    {"Dokter", "Surat Tanda Registrasi (STR) Dokter", "Konsil Kesehatan Indonesia", 950},
    {"Perawat", "Surat Tanda Registrasi (STR) Perawat", "Konsil Kesehatan Indonesia", 900},
    {"Bidan", "Surat Tanda Registrasi (STR) Bidan", "Konsil Kesehatan Indonesia", 900},
    {"Apoteker", "Surat Tanda Registrasi Apoteker", "Konsil Kesehatan Indonesia", 950},
    {"Auditor", "Sertifikat Jabatan Fungsional Auditor", "Pusbin JFA BPKP", 950},
    {"Pengadaan", "Sertifikat Kompetensi Pengadaan Barang/Jasa", "LKPP", 1000},
    {"Bendahara", "Sertifikat Bendahara Pengeluaran", "Kementerian Keuangan", 800},
    {"Pranata Komputer", "Sertifikat Kompetensi Administrasi Jaringan", "BNSP", 400},
    {"SDM Aparatur", "Sertifikat Asesor SDM Aparatur", "BKN", 300},
};

constexpr AbkTaskSpec TeacherTasks[] = {
    {"Menyusun rencana pelaksanaan pembelajaran", "dokumen", 120, 150},
    {"Melaksanakan pembelajaran tatap muka", "jam pelajaran", 45, 550},
    {"Menilai dan mengevaluasi hasil belajar", "dokumen", 60, 200},
    {"Membimbing kegiatan ekstrakurikuler", "kegiatan", 90, 100},
};
constexpr AbkTaskSpec NurseTasks[] = {
    {"Melakukan pengkajian keperawatan", "pasien", 20, 300},
    {"Melaksanakan tindakan keperawatan", "tindakan", 15, 500},
    {"Mendokumentasikan asuhan keperawatan", "dokumen", 10, 200},
};
constexpr AbkTaskSpec HrTasks[] = {
    {"Menyusun analisis kebutuhan pegawai", "laporan", 480, 300},
    {"Memproses usul mutasi pegawai", "berkas", 90, 400},
    {"Memverifikasi data kepegawaian", "berkas", 30, 300},
};
constexpr AbkTaskSpec ClerkTasks[] = {
    {"Mengagendakan surat masuk dan keluar", "surat", 10, 500},
    {"Menyiapkan bahan rapat", "kegiatan", 60, 200},
    {"Mengarsipkan dokumen", "berkas", 15, 300},
};

constexpr AbkTemplate AbkTemplates[] = {
    {"Guru Ahli", 8, TeacherTasks},
    {"Perawat Terampil", 4, NurseTasks},
    {"Analis SDM Aparatur", 2, HrTasks},
    {"Pengadministrasi Perkantoran", 4, ClerkTasks},
};

// OPDs known for their data: the BKD and its partners keep good records, the large service
// OPDs middling ones; the rest spread between poor and fair (by a fixed hash of the code).
struct OpdData
{
    const char *code;
    int permille;
};
constexpr OpdData KnownOpds[] = {
    {"BKD", 960},   {"BPSDM", 900},  {"INSP", 850},      {"BAPPEDA", 800},  {"SETDA", 750},
    {"BPKAD", 700}, {"DINKES", 680}, {"DISDIKBUD", 560}, {"SATPOLPP", 150}, {"DISHUB", 200},
};

} // namespace

std::span<const CompetencySpec> competencies()
{
    return Competencies;
}

std::span<const char *const> levelDescriptions(CompetencyKind kind)
{
    switch (kind) {
    case Technical:
        return TechnicalLevels;
    case Managerial:
        return ManagerialLevels;
    case SocioCultural:
        return SocioCulturalLevels;
    }
    return {};
}

std::span<const TechnicalRule> technicalRules()
{
    return TechnicalRules;
}

LevelSpec levels(JabatanType type)
{
    return Levels[static_cast<std::size_t>(type)];
}

const char *managerialCodes(JabatanType type)
{
    switch (JabatanTypes::category(type)) {
    case JabatanCategory::Jpt:
        return "INT|KSM|KOM|OPH|MPR|PKP|PDO";
    case JabatanCategory::Administrasi:
        return type == Pelaksana ? "INT|KSM|PPU" : "INT|KSM|KOM|OPH|PKP";
    case JabatanCategory::FungsionalKeahlian:
    case JabatanCategory::FungsionalKeterampilan:
        break;
    }
    return "INT|KSM|OPH|PPU";
}

const char *socioCulturalCode()
{
    return "PRB";
}

std::span<const CertificateRule> certificates()
{
    return Certificates;
}

std::span<const AbkTemplate> abkTemplates()
{
    return AbkTemplates;
}

int assessedPermille(const char *opdCode)
{
    for (const OpdData &opd : KnownOpds) {
        if (std::strcmp(opd.code, opdCode) == 0)
            return opd.permille;
    }
    unsigned hash = 0;
    for (const char *c = opdCode; *c; ++c)
        hash = hash * 31 + static_cast<unsigned char>(*c);
    return 250 + static_cast<int>(hash % 550); // 25% .. 80%
}

} // namespace Simutasi::DemoCompetencyCatalog

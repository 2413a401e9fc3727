#include "DemoPersonFactory.h"

#include "DemoOrganization.h"
#include "DemoRandom.h"

#include <QStringBuilder>
#include <QVarLengthArray>
#include <algorithm>

namespace Simutasi {

using namespace DemoCatalog;

namespace {

// Education level mix of the holders of each jabatan type, in JabatanType order.
struct LevelMix
{
    EducationLevel levels[3];
    int weights[3];
};

using enum EducationLevel;

constexpr LevelMix LevelMixes[] = {
    {{S1, S2, S3}, {100, 700, 200}},  // JPT Utama
    {{S1, S2, S3}, {150, 700, 150}},  // JPT Madya
    {{S1, S2, S3}, {200, 700, 100}},  // JPT Pratama
    {{S1, S2, S3}, {450, 540, 10}},   // Administrator
    {{D3, S1, S2}, {50, 700, 250}},   // Pengawas
    {{SMA, D3, S1}, {400, 250, 350}}, // Pelaksana
    {{S1, S2, S3}, {200, 500, 300}},  // Ahli Utama
    {{S1, S2, S3}, {480, 470, 50}},   // Ahli Madya
    {{S1, S2, S3}, {700, 280, 20}},   // Ahli Muda
    {{S1, S2, S3}, {840, 155, 5}},    // Ahli Pertama
    {{D3, S1, S2}, {800, 180, 20}},   // Penyelia
    {{D3, S1, S2}, {860, 135, 5}},    // Mahir
    {{D3, S1, S2}, {900, 100, 0}},    // Terampil
    {{SMA, D3, S1}, {700, 250, 50}},  // Pemula
};

// Golongan rank a new CPNS starts at, by the certificate used to apply (PP 99/2000).
int entryRank(EducationLevel level)
{
    switch (level) {
    case S3:
        return 11; // III/c
    case S2:
        return 10; // III/b
    case S1:
    case D4:
        return 9; // III/a
    case D3:
        return 7; // II/c
    case D2:
    case D1:
        return 6; // II/b
    default:
        return 5; // II/a
    }
}

EducationLevel lowerLevel(EducationLevel level)
{
    switch (level) {
    case S3:
        return S2;
    case S2:
        return S1;
    case S1:
    case D4:
        return D3;
    default:
        return SMA;
    }
}

int minimumCpnsAge(EducationLevel level)
{
    return level >= S3 ? 28 : level >= S2 ? 25 : level >= S1 ? 23 : 21;
}

constexpr int MaximumCpnsAge = 35;
constexpr int RecruitPermille = 10;  // appointed within the last year on top of the even spread
constexpr int YearsPerPromotion = 4; // regular kenaikan pangkat
const QDate FirstBirthDate(1966, 1, 1);
const QDate LastBirthDate(2001, 12, 31);
const QDate FirstPppkDate(2019, 4, 1); // the first PPPK were appointed in 2019

constexpr const char *SmaFields = "IPA|IPS|SMK Administrasi Perkantoran|SMK Akuntansi|"
                                  "SMK Teknik Komputer dan Jaringan|Madrasah Aliyah";
constexpr const char *D3Fields = "Administrasi Perkantoran|Akuntansi|Manajemen Informatika|"
                                 "Sekretari|Perpajakan|Manajemen";
constexpr const char *S1Fields = "Administrasi Publik|Ilmu Pemerintahan|Manajemen|"
                                 "Ekonomi Pembangunan|Akuntansi|Hukum|Sosiologi|Ilmu Komunikasi|"
                                 "Teknik Informatika|Sistem Informasi|Statistika";
constexpr const char *PhonePrefixes = "0811|0812|0813|0821|0822|0823|0852|0853|0857|0858|0877|"
                                      "0878|0881|0895|0896";
constexpr const char *EmailDomain = "@wanggarprov.go.id";

constexpr SkpPredicate SkpPredicates[] = {SkpPredicate::SangatBaik, SkpPredicate::Baik,
                                          SkpPredicate::ButuhPerbaikan, SkpPredicate::Kurang,
                                          SkpPredicate::SangatKurang};
constexpr int SkpWeights[] = {200, 723, 60, 15, 2};
constexpr int SkpYears = 3;
constexpr int SkpRepeatPermille = 500; // performance persists from year to year

struct LeadershipTraining
{
    JabatanType type;
    const char *name;
    const char *oldName; // before the 2019 reform of leadership training
    int hours;
    const char *organizer;
};

constexpr LeadershipTraining LeadershipTrainings[] = {
    {JabatanType::Pengawas, "Pelatihan Kepemimpinan Pengawas", "Diklat Kepemimpinan Tingkat IV",
     280, "BPSDM Provinsi Wanggar"},
    {JabatanType::Administrator, "Pelatihan Kepemimpinan Administrator",
     "Diklat Kepemimpinan Tingkat III", 360, "BPSDM Provinsi Wanggar"},
    {JabatanType::JptPratama, "Pelatihan Kepemimpinan Nasional Tingkat II",
     "Diklat Kepemimpinan Tingkat II", 450, "Lembaga Administrasi Negara"},
    {JabatanType::JptMadya, "Pelatihan Kepemimpinan Nasional Tingkat I",
     "Diklat Kepemimpinan Tingkat I", 500, "Lembaga Administrasi Negara"},
};
constexpr int LeadershipReformYear = 2019;
constexpr int LatsarYear = 2018; // Pelatihan Dasar replaced Diklat Prajabatan

struct TechnicalTrainings
{
    Track track;
    const char *names;
    const char *organizers;
};

constexpr TechnicalTrainings Technical[] = {
    {Track::Office,
     "Bimbingan Teknis Pengelolaan Keuangan Daerah|Pelatihan Pengelolaan Arsip Dinamis|"
     "Bimbingan Teknis Penyusunan SKP|Pelatihan Pengadaan Barang/Jasa Pemerintah Tingkat Dasar|"
     "Pelatihan Analisis Jabatan dan Analisis Beban Kerja|"
     "Bimbingan Teknis Sistem Informasi Pemerintahan Daerah|Pelatihan Pelayanan Publik Prima|"
     "Pelatihan Penyusunan Dokumen Perencanaan Daerah",
     "BPSDM Provinsi Wanggar|BKD Provinsi Wanggar|Kementerian Dalam Negeri|"
     "Badan Kepegawaian Negara"},
    {Track::Teacher,
     "Pelatihan Implementasi Kurikulum Merdeka|Bimbingan Teknis Penyusunan Modul Ajar|"
     "Pendidikan Profesi Guru Dalam Jabatan|Pelatihan Penilaian Berbasis Kelas|"
     "Pendidikan Guru Penggerak|Pelatihan Pembelajaran Berdiferensiasi",
     "Balai Guru Penggerak Provinsi Wanggar|"
     "Kementerian Pendidikan, Kebudayaan, Riset, dan Teknologi|"
     "Dinas Pendidikan dan Kebudayaan Provinsi Wanggar"},
    {Track::Health,
     "Pelatihan Basic Trauma Cardiac Life Support|Pelatihan Pencegahan dan Pengendalian Infeksi|"
     "Pelatihan Manajemen Puskesmas|"
     "Pelatihan Penanganan Kegawatdaruratan Obstetri dan Neonatal|"
     "Pelatihan Tata Laksana Gizi Buruk|Pelatihan Imunisasi bagi Petugas Kesehatan",
     "Kementerian Kesehatan|Bapelkes Provinsi Wanggar|Dinas Kesehatan Provinsi Wanggar"},
};

struct SanctionKind
{
    SanctionLevel level;
    const char *description;
    int months; // 0: a one-off reprimand
    int weight;
};

constexpr SanctionKind SanctionKinds[] = {
    {SanctionLevel::Ringan, "Teguran lisan", 0, 15},
    {SanctionLevel::Ringan, "Teguran tertulis", 0, 25},
    {SanctionLevel::Ringan, "Pernyataan tidak puas secara tertulis", 0, 15},
    {SanctionLevel::Sedang, "Pemotongan tunjangan kinerja sebesar 25% selama 6 bulan", 6, 12},
    {SanctionLevel::Sedang, "Pemotongan tunjangan kinerja sebesar 25% selama 9 bulan", 9, 10},
    {SanctionLevel::Sedang, "Pemotongan tunjangan kinerja sebesar 25% selama 12 bulan", 12, 8},
    {SanctionLevel::Berat, "Penurunan jabatan setingkat lebih rendah selama 12 bulan", 12, 8},
    {SanctionLevel::Berat, "Pembebasan dari jabatannya menjadi jabatan pelaksana selama 12 bulan",
     12, 7},
};
constexpr int SanctionPermille = 20;

QString latin(const char *text)
{
    return QString::fromLatin1(text);
}

QStringList list(const char *text)
{
    return latin(text).split(u'|');
}

QDate firstOfMonth(const QDate &date)
{
    return QDate(date.year(), date.month(), 1);
}

int fullYears(const QDate &from, const QDate &to)
{
    int years = to.year() - from.year();
    if (from.addYears(years) > to)
        --years;
    return std::max(0, years);
}

// Kenaikan pangkat takes effect on 1 April or 1 October: the last such day on or before date.
QDate promotionDay(const QDate &date)
{
    if (date.month() >= 10)
        return QDate(date.year(), 10, 1);
    if (date.month() >= 4)
        return QDate(date.year(), 4, 1);
    return QDate(date.year() - 1, 10, 1);
}

} // namespace

struct DemoPersonFactory::Career
{
    int unit = 0;
    int jabatan = 0;
    const DemoOrganization::JabatanPlan *plan = nullptr;
    Gender gender = Gender::Male;
    bool pppk = false;
    EmployeeStatus status = EmployeeStatus::Pns;
    EducationLevel level = SMA;
    EducationLevel entryLevel = SMA;
    QString field;
    int entryRank = 5;
    int neededSteps = 0; // promotions needed to reach the jabatan's lowest golongan
    QDate birth;
    QDate tmtCpns; // or the start of the PPPK contract
    QDate tmtJabatan;
};

DemoPersonFactory::DemoPersonFactory(DemoRandom &random, const DemoOrganization &organization,
                                     const QDate &referenceDate)
    : m_random(random)
    , m_organization(organization)
    , m_reference(referenceDate)
{
    const auto all = opds();
    for (int i = 0; i < static_cast<int>(all.size()); ++i) {
        if (qstrcmp(all[i].code, "BKD") == 0)
            m_bkd = i;
        m_opdFields.append(list(all[i].fields));
    }
    m_smaFields = list(SmaFields);
    m_d3Fields = list(D3Fields);
    m_s1Fields = list(S1Fields);
    m_phonePrefixes = list(PhonePrefixes);
    for (const TechnicalTrainings &pool : Technical) {
        Q_ASSERT(static_cast<int>(pool.track) == m_trainings.size());
        m_trainings.append(list(pool.names));
        m_organizers.append(list(pool.organizers));
    }
    m_emails.reserve(1024);
}

void DemoPersonFactory::make(int post, Inconsistency inconsistency, DemoPerson *person)
{
    const DemoOrganization::PostPlan &postPlan = m_organization.posts().at(post);
    Career career;
    career.jabatan = postPlan.jabatan;
    career.unit =
        inconsistency == Inconsistency::NoFormasi ? noFormasiUnit(postPlan.jabatan) : postPlan.unit;
    career.plan = &m_organization.jabatans().at(career.jabatan);
    const JabatanSpec &spec = *career.plan->spec;
    career.gender = m_random.chance(spec.femalePermille) ? Gender::Female : Gender::Male;
    chooseEducation(career);
    career.pppk = m_random.chance(spec.pppkPermille) && planPppk(career);
    if (!career.pppk)
        planPns(career);

    person->jabatanHistory.clear();
    person->pangkatHistory.clear();
    person->skpRatings.clear();
    person->diklat.clear();
    person->sanctions.clear();
    Employee &e = person->employee;
    e = Employee();
    fillIdentity(career, e);
    fillGrade(career, person);
    // A golongan cannot be broken for a PPPK (they have none): flip the NIP gender instead.
    const bool breakGrade = inconsistency == Inconsistency::GolonganOutOfRange && e.golongan;
    const bool flipGender = inconsistency == Inconsistency::GenderDigit ||
                            (inconsistency == Inconsistency::GolonganOutOfRange && !breakGrade);
    const Gender nipGender =
        flipGender ? (e.gender == Gender::Male ? Gender::Female : Gender::Male) : e.gender;
    e.nip = Nip::parse(makeNip(career, nipGender));
    fillJabatanHistory(career, person);
    fillSkp(career, person);
    fillDiklat(career, person);
    fillSanction(career, person);
    if (breakGrade)
        breakGolongan(career, person);
}

void DemoPersonFactory::chooseEducation(Career &career)
{
    const Jabatan &jabatan = career.plan->jabatan;
    const LevelMix &mix = LevelMixes[static_cast<int>(jabatan.type)];
    career.level = std::max(mix.levels[m_random.weighted(mix.weights)], jabatan.minEducation);

    // Many applied with a lower certificate and studied on while in service.
    EducationLevel entry = career.level;
    if (entry == S3)
        entry = m_random.chance(500) ? S2 : S1;
    else if (entry == S2 && m_random.chance(650))
        entry = S1;
    // Nobody enters above the jabatan's highest golongan.
    while (entryRank(entry) > jabatan.golonganRange.max.rank() && entry > SMA)
        entry = lowerLevel(entry);
    career.entryLevel = std::max(std::min(entry, career.level), SMA);
    career.entryRank = entryRank(career.entryLevel);
    career.neededSteps = std::max(0, jabatan.golonganRange.min.rank() - career.entryRank);

    const int opd = m_organization.units().at(career.unit).opd;
    const JabatanCategory category = JabatanTypes::category(jabatan.type);
    const bool structural =
        category == JabatanCategory::Jpt ||
        (jabatan.type != JabatanType::Pelaksana && category == JabatanCategory::Administrasi);
    if (career.level <= SMA)
        career.field = m_random.pick(m_smaFields);
    else if (!jabatan.educationFields.isEmpty())
        career.field = m_random.pick(jabatan.educationFields);
    else if (structural && career.level >= S1 && opd >= 0 && m_random.chance(500))
        career.field = m_random.pick(m_opdFields.at(opd));
    else
        career.field = m_random.pick(career.level >= S1 ? m_s1Fields : m_d3Fields);
}

bool DemoPersonFactory::planPppk(Career &career)
{
    const QDate first = std::max(FirstPppkDate, m_reference.addYears(-6));
    if (first > m_reference)
        return false;
    // Many PPPK served for years as honorary staff and were appointed well past 35.
    const int bup = JabatanTypes::defaultBup(career.plan->jabatan.type);
    career.tmtCpns = firstOfMonth(m_random.dateBetween(first, m_reference));
    const int age = m_random.between(minimumCpnsAge(career.level), 50);
    career.birth = birthBefore(career.tmtCpns, age, bup);
    career.status = EmployeeStatus::Pppk;
    return true;
}

void DemoPersonFactory::planPns(Career &career)
{
    // Age at appointment first, then years of service spread evenly up to retirement: that gives
    // a few at the edge of their pensiun. Some of those who need no promotion for their jabatan
    // are this year's recruits, so that ~2.5% are CPNS.
    const int bup = JabatanTypes::defaultBup(career.plan->jabatan.type);
    const int minAge = minimumCpnsAge(career.entryLevel);
    const int cpnsAge = m_random.chance(700) ? m_random.between(minAge, minAge + 7)
                                             : m_random.between(minAge, MaximumCpnsAge);
    const int minService = career.neededSteps * YearsPerPromotion;
    const bool recruit = career.neededSteps == 0 && m_random.chance(RecruitPermille);
    const QDate earliest =
        recruit ? m_reference.addMonths(-11) : m_reference.addYears(-(bup - cpnsAge)).addDays(1);
    const QDate latest = m_reference.addYears(-minService);
    const QDate appointed = m_random.dateBetween(earliest, std::max(earliest, latest));
    career.birth = birthBefore(appointed, cpnsAge, bup);
    career.tmtCpns = std::min(firstOfMonth(appointed), firstOfMonth(m_reference));
    career.status =
        career.tmtCpns > m_reference.addYears(-1) ? EmployeeStatus::Cpns : EmployeeStatus::Pns;
}

QDate DemoPersonFactory::birthBefore(const QDate &day, int age, int bup)
{
    // Someone who is `age` on `day`, born within the generated range and not yet retired.
    const QDate oldest = std::max(FirstBirthDate, m_reference.addYears(-bup).addDays(1));
    const QDate from = std::max(oldest, day.addYears(-(age + 1)).addDays(1));
    const QDate to = std::min(LastBirthDate, day.addYears(-age));
    if (from <= to)
        return m_random.dateBetween(from, to);
    // Out of range: a birth in the range's nearest year, so no single date piles up.
    if (from > LastBirthDate)
        return m_random.dateBetween(LastBirthDate.addYears(-1).addDays(1), LastBirthDate);
    return m_random.dateBetween(oldest, std::min(LastBirthDate, oldest.addYears(1)));
}

void DemoPersonFactory::fillIdentity(Career &career, Employee &e)
{
    int group = 0;
    e.gender = career.gender;
    e.name = m_names.name(m_random, career.gender, career.birth.year(), &group);
    const DemoNames::Titles titles =
        m_names.titles(m_random, career.level, career.field, career.gender, career.birth.year());
    e.frontTitle = titles.front;
    e.backTitle = titles.back;
    e.birthPlace = m_names.birthPlace(m_random, group);
    e.birthDate = career.birth;
    e.status = career.status;
    e.jabatanId = career.plan->jabatan.id;
    e.unitId = m_organization.units().at(career.unit).unit.id;
    e.educationLevel = career.level;
    e.educationField = career.field;
    if (m_random.chance(700))
        e.email = makeEmail(e.name);
    e.phone = makePhone();
}

void DemoPersonFactory::fillGrade(Career &career, DemoPerson *person)
{
    Employee &e = person->employee;
    const GolonganRange &range = career.plan->jabatan.golonganRange;
    if (career.pppk) {
        // PPPK grades follow the golongan scale of the jabatan, without promotions.
        e.pppkGrade = std::clamp(career.entryRank, range.min.rank(), range.max.rank());
        e.tmtGolongan = career.tmtCpns;
        return;
    }
    int steps = 0;
    if (career.status == EmployeeStatus::Pns) {
        steps = fullYears(career.tmtCpns, m_reference) / YearsPerPromotion;
        if (steps > career.neededSteps && m_random.chance(200))
            --steps; // a late SKP or a missing certificate delayed one promotion
    }
    const int rank = std::min(career.entryRank + steps, range.max.rank());
    for (int r = career.entryRank, k = 0; r <= rank; ++r, ++k) {
        PangkatHistoryEntry row;
        row.golongan = Golongan::fromRank(r).value_or(Golongan());
        row.tmt =
            k == 0 ? career.tmtCpns : promotionDay(career.tmtCpns.addYears(k * YearsPerPromotion));
        row.skDate = row.tmt.addDays(-m_random.between(20, 90));
        row.skNumber = skNumber(k == 0 ? "813.3" : "823.3", row.skDate);
        person->pangkatHistory.append(row);
    }
    e.golongan = person->pangkatHistory.constLast().golongan;
    e.tmtGolongan = person->pangkatHistory.constLast().tmt;
}

void DemoPersonFactory::fillJabatanHistory(Career &career, DemoPerson *person)
{
    static constexpr int RowWeights[] = {20, 35, 28, 17}; // 1 to 4 rows
    const int jabatan = career.jabatan;
    const int previous = m_organization.jabatans().at(jabatan).previous;
    const int serviceYears = fullYears(career.tmtCpns, m_reference);
    int rows = 1;
    if (career.status == EmployeeStatus::Pns) {
        rows = std::min(1 + m_random.weighted(RowWeights), 1 + serviceYears / 3);
        if (previous >= 0 && serviceYears >= 2)
            rows = std::max(rows, 2); // nobody starts a career as Kepala Dinas
    }
    QVarLengthArray<QDate, 4> dates{career.tmtCpns};
    if (rows > 1) {
        // The latest move: within the last nine years, so a good share is >= 5 years ago.
        const QDate from = std::max(career.tmtCpns.addYears(1), m_reference.addYears(-9));
        const QDate to = m_reference.addMonths(-1);
        const QDate last = m_random.dateBetween(from, std::max(from, to));
        for (int i = 1; i < rows - 1; ++i)
            dates.append(m_random.dateBetween(career.tmtCpns.addMonths(1), last.addMonths(-1)));
        std::sort(dates.begin() + 1, dates.end());
        dates.append(last);
    }

    // Walk the career backwards: each earlier row holds the previous jabatan of the chain in a
    // unit that has formasi for it; the first row (at appointment) the start of the chain, as far
    // as the certificate the person applied with reaches (an S1 graduate did not start in a post
    // for SMA leavers).
    const auto &jabatans = m_organization.jabatans();
    const auto &units = m_organization.units();
    const auto earlier = [&](int j) {
        const int previous = jabatans.at(j).previous;
        return previous >= 0 && jabatans.at(previous).jabatan.minEducation >= career.entryLevel
                   ? previous
                   : -1;
    };
    int current = jabatan;
    int unit = career.unit;
    person->jabatanHistory.resize(rows);
    for (int i = rows - 1; i >= 0; --i) {
        if (i < rows - 1) {
            for (int step = earlier(current), guard = 0; step >= 0 && guard < 8; ++guard) {
                current = step;
                step = i == 0 ? earlier(current) : -1;
            }
            const QList<int> &candidates = m_organization.unitsWithFormasi(current);
            unit = candidates.isEmpty() ? unit : m_random.pick(candidates);
        }
        JabatanHistoryEntry &row = person->jabatanHistory[i];
        row = JabatanHistoryEntry();
        row.jabatanId = jabatans.at(current).jabatan.id;
        row.jabatanName = jabatans.at(current).jabatan.name;
        row.unitId = units.at(unit).unit.id;
        row.unitName = units.at(unit).unit.name;
        row.tmt = dates.at(i);
        row.skDate = row.tmt.addDays(-m_random.between(7, 45));
        const bool appointment = i == 0;
        row.skNumber = skNumber(!appointment  ? "821.2"
                                : career.pppk ? "800.1.2.5"
                                              : "813.3",
                                row.skDate);
    }
    career.tmtJabatan = dates.back();
    person->employee.tmtJabatan = career.tmtJabatan;
}

void DemoPersonFactory::fillSkp(const Career &career, DemoPerson *person)
{
    int previous = -1;
    for (int year = m_reference.year() - SkpYears; year < m_reference.year(); ++year) {
        if (year < career.tmtCpns.year())
            continue; // no appraisal for years before the appointment
        const int index = previous >= 0 && m_random.chance(SkpRepeatPermille)
                              ? previous
                              : m_random.weighted(SkpWeights);
        previous = index;
        SkpRating rating;
        rating.year = year;
        rating.predicate = SkpPredicates[index];
        person->skpRatings.append(rating);
    }
}

void DemoPersonFactory::fillDiklat(const Career &career, DemoPerson *person)
{
    const QDate latest = m_reference.addDays(-14);
    auto add = [&](const QString &name, const QString &organizer, const QDate &from,
                   const QDate &to, int days, int hours) {
        const QDate start =
            m_random.dateBetween(std::max(from, career.tmtCpns), std::min(to, latest));
        if (start > latest || start < career.tmtCpns)
            return;
        person->diklat.append({0, 0, name, organizer, start, start.addDays(days - 1), hours});
    };

    if (!career.pppk && career.tmtCpns <= m_reference.addMonths(-4)) {
        const bool latsar = career.tmtCpns.year() >= LatsarYear;
        const QString grade = career.entryRank >= 9 ? QStringLiteral("III") : QStringLiteral("II");
        add((latsar ? QStringLiteral("Pelatihan Dasar CPNS Golongan ")
                    : QStringLiteral("Diklat Prajabatan Golongan ")) +
                grade,
            QStringLiteral("BPSDM Provinsi Wanggar"), career.tmtCpns.addMonths(2),
            career.tmtCpns.addMonths(10), latsar ? 51 : 21, latsar ? 280 : 180);
    }
    const JabatanType type = career.plan->jabatan.type;
    for (const LeadershipTraining &training : LeadershipTrainings) {
        if (training.type != type)
            continue;
        const QDate from = career.tmtJabatan.addMonths(-12);
        const bool reformed = from.year() >= LeadershipReformYear;
        add(latin(reformed ? training.name : training.oldName), latin(training.organizer), from,
            career.tmtJabatan.addMonths(18), 60, training.hours);
    }
    static constexpr int CountWeights[] = {35, 40, 25}; // 0, 1 or 2 technical trainings
    const int track = static_cast<int>(career.plan->spec->track);
    const QStringList &names = m_trainings.at(track);
    const QStringList &organizers = m_organizers.at(track);
    const int count = std::min<int>(m_random.weighted(CountWeights), 3 - person->diklat.size());
    const int first = m_random.below(static_cast<int>(names.size()));
    for (int i = 0; i < count; ++i) {
        const int days = m_random.between(3, 10);
        add(names.at((first + i) % names.size()), m_random.pick(organizers),
            career.tmtCpns.addMonths(6), latest, days, days * 8);
    }
}

void DemoPersonFactory::fillSanction(const Career &career, DemoPerson *person)
{
    if (!m_random.chance(SanctionPermille))
        return;
    const QDate from = std::max(career.tmtCpns.addMonths(6), m_reference.addYears(-4));
    const QDate to = m_reference.addDays(-14);
    if (from > to)
        return;
    static const QList<int> weights = [] {
        QList<int> w;
        for (const SanctionKind &kind : SanctionKinds)
            w.append(kind.weight);
        return w;
    }();
    const SanctionKind &kind = SanctionKinds[m_random.weighted(weights)];
    Sanction sanction;
    sanction.level = kind.level;
    sanction.description = latin(kind.description);
    sanction.startDate = m_random.dateBetween(from, to);
    // Sanctions with a duration that started recently are still being served.
    sanction.endDate = kind.months > 0 ? sanction.startDate.addMonths(kind.months).addDays(-1)
                                       : sanction.startDate;
    sanction.skNumber = skNumber("862", sanction.startDate.addDays(-m_random.between(3, 20)));
    person->sanctions.append(sanction);
}

void DemoPersonFactory::breakGolongan(const Career &career, DemoPerson *person)
{
    // One rank above the jabatan's range, or below it when the range ends at IV/e.
    const GolonganRange &range = career.plan->jabatan.golonganRange;
    const int rank =
        range.max.rank() < Golongan::MaxRank ? range.max.rank() + 1 : range.min.rank() - 1;
    person->employee.golongan = Golongan::fromRank(rank);
    person->pangkatHistory.last().golongan = person->employee.golongan.value_or(Golongan());
}

QString DemoPersonFactory::makeNip(const Career &career, Gender nipGender)
{
    // Birth date, TMT CPNS month, gender digit, then a serial counting the people who share
    // those 15 digits, which makes every NIP of the run unique.
    const QDate &b = career.birth;
    const QDate &t = career.tmtCpns;
    quint64 prefix = quint64(b.year()) * 10000 + b.month() * 100 + b.day();
    prefix = prefix * 1000000 + quint64(t.year()) * 100 + t.month();
    prefix = prefix * 10 + (nipGender == Gender::Female ? 2 : 1);
    const int serial = ++m_serials[prefix];
    return QString::number(prefix * 1000 + quint64(serial));
}

QString DemoPersonFactory::makeEmail(const QString &name)
{
    // firstname.lastname, skipping particles such as "I", "Ni" or "Hj".
    QStringList words;
    for (const QString &word : name.split(u' ', Qt::SkipEmptyParts)) {
        QString clean;
        for (const QChar c : word) {
            if (c.isLetter())
                clean.append(c.toLower());
        }
        if (clean.size() > 2)
            words.append(clean);
    }
    if (words.isEmpty())
        words.append(QStringLiteral("pegawai"));
    const QString local = words.size() > 1 ? words.first() + u'.' + words.last() : words.first();
    const QString domain = latin(EmailDomain);
    QString email = local + domain;
    for (int n = 2; m_emails.contains(email); ++n)
        email = local + QString::number(n) + domain;
    m_emails.insert(email);
    return email;
}

QString DemoPersonFactory::makePhone()
{
    return m_random.pick(m_phonePrefixes) + QString::number(m_random.between(10000000, 99999999));
}

QString DemoPersonFactory::skNumber(const char *classification, const QDate &date)
{
    return QLatin1String(classification) % u'/' % QString::number(m_random.between(12, 1999)) %
           u"/BKD/" % QString::number(date.year());
}

int DemoPersonFactory::noFormasiUnit(int jabatan) const
{
    // BKD's Sekretariat has formasi only for its Sekretaris; the province root has none at all.
    const int sekretariat = m_organization.sekretariatOf(m_bkd);
    return sekretariat >= 0 && !m_organization.hasFormasi(sekretariat, jabatan) ? sekretariat : 0;
}

} // namespace Simutasi

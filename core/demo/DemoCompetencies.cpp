#include "DemoCompetencies.h"

#include "DemoAbk.h"
#include "DemoCompetencyCatalog.h"
#include "DemoOrganization.h"
#include "storage/EmployeeFactsRepository.h"

namespace Simutasi {

namespace Catalog = DemoCompetencyCatalog;

namespace {

// Weights of the step from the required level an assessed employee shows: -2 .. +2.
constexpr int LevelStepWeights[] = {50, 200, 450, 250, 50};
// An employee's talent (-1, 0, +1) shifts both the levels and the potential found.
constexpr int TalentWeights[] = {250, 500, 250};
constexpr int PotentialWeights[3][3] = {{600, 350, 50}, {200, 600, 200}, {50, 350, 600}};
constexpr int CompleteProfilePermille = 850; // assessed on every competency of the profile
constexpr int MissingWhenIncompletePermille = 500;
constexpr int ExtraCompetencyPermille = 250;
constexpr int PotentialAssessedPermille = 650;
constexpr int EarlierPotentialPermille = 200;
constexpr int TugasBelajarPermille = 30;
constexpr int IkatanDinasPermille = 30; // of those appointed in the last five years
constexpr int DisciplinaryProcessPermille = 3;
constexpr int CourtProcessPermille = 1;

QStringList codes(const char *joined)
{
    return QString::fromLatin1(joined).split(u'|', Qt::SkipEmptyParts);
}

const char *technicalCodes(const QString &jabatanName)
{
    for (const Catalog::TechnicalRule &rule : Catalog::technicalRules()) {
        if (jabatanName.contains(QLatin1String(rule.keyword)))
            return rule.codes;
    }
    return "PAD";
}

} // namespace

struct DemoCompetencies::Person
{
    EmployeeFactsRow row;
    const DemoOrganization::JabatanPlan *jabatan = nullptr;
};

DemoCompetencies::DemoCompetencies(Database &database, const DemoOrganization &organization,
                                   quint64 seed, const QDate &referenceDate)
    : m_database(database)
    , m_competencies(database)
    , m_assessments(database)
    , m_flags(database)
    , m_organization(organization)
    , m_random(seed ^ 0x636F6D70u) // "comp": a stream of its own
    , m_reference(referenceDate)
{
    for (int i = 0; i < organization.jabatans().size(); ++i)
        m_jabatanIndex.insert(organization.jabatans().at(i).jabatan.id, i);
    for (const DemoOrganization::UnitPlan &unit : organization.units()) {
        if (unit.role == DemoCatalog::UnitRole::OpdOffice)
            m_opdIndex.insert(unit.unit.id, unit.opd);
    }
}

DatabaseError DemoCompetencies::write()
{
    m_summary = {};
    DatabaseError error = writeDictionary();
    if (!error)
        error = writeProfiles();
    if (!error)
        error = writePeople();
    if (!error) {
        DemoAbk abk(m_organization, m_random);
        error = abk.write(m_database);
        m_summary.abkTasks = abk.taskCount();
    }
    return error;
}

DatabaseError DemoCompetencies::writeDictionary()
{
    for (const Catalog::CompetencySpec &spec : Catalog::competencies()) {
        Competency competency;
        competency.code = QString::fromLatin1(spec.code);
        competency.name = QString::fromLatin1(spec.name);
        competency.kind = spec.kind;
        competency.description = QString::fromLatin1(spec.description);
        for (const char *level : Catalog::levelDescriptions(spec.kind))
            competency.levelDescriptions << QString::fromLatin1(level);
        if (DatabaseError error = m_competencies.addCompetency(competency))
            return error;
        m_competencyIds.insert(competency.code, competency.id);
        ++m_summary.competencies;
    }
    return {};
}

DatabaseError DemoCompetencies::writeProfiles()
{
    // Technical competencies weigh twice the managerial and socio-cultural ones.
    for (const DemoOrganization::JabatanPlan &plan : m_organization.jabatans()) {
        const Jabatan &jabatan = plan.jabatan;
        const Catalog::LevelSpec levels = Catalog::levels(jabatan.type);
        QList<std::pair<QStringList, std::pair<int, double>>> groups = {
            {codes(technicalCodes(jabatan.name)), {levels.technical, 2.0}},
            {codes(Catalog::managerialCodes(jabatan.type)), {levels.managerial, 1.0}},
            {codes(Catalog::socioCulturalCode()), {levels.socioCultural, 1.0}},
        };
        for (const auto &[group, level] : groups) {
            for (const QString &code : group) {
                const qint64 competency = m_competencyIds.value(code);
                const CompetencyRequirement requirement{jabatan.id, competency, level.first,
                                                        level.second};
                if (DatabaseError error = m_competencies.setRequirement(requirement))
                    return error;
                m_profiles[jabatan.id].append({competency, level.first});
                ++m_summary.requirements;
            }
        }
    }
    return {};
}

DatabaseError DemoCompetencies::writePeople()
{
    // Read back in bulk what the registry generator wrote, then add to each employee in turn.
    QList<Person> people;
    const DatabaseError error =
        EmployeeFactsRepository(m_database).employees({}, [&](const EmployeeFactsRow &row) {
            const int index = m_jabatanIndex.value(row.jabatanId, -1);
            people.append({row, index >= 0 ? &m_organization.jabatans().at(index) : nullptr});
        });
    if (error)
        return error;
    for (const Person &person : people) {
        if (DatabaseError failed = writePerson(person))
            return failed;
    }
    return {};
}

DatabaseError DemoCompetencies::writePerson(const Person &person)
{
    const int talent = m_random.weighted(TalentWeights) - 1;
    DatabaseError error;
    if (person.jabatan && m_random.chance(assessedPermilleOfOpd(person.row.opdId))) {
        error = writeLevels(person, talent);
        if (!error)
            error = writeAssessments(person, talent);
    }
    if (!error && person.jabatan)
        error = writeCertificate(person);
    if (!error)
        error = writeFlags(person);
    return error;
}

DatabaseError DemoCompetencies::writeLevels(const Person &person, int talent)
{
    const QDate assessed =
        m_random.dateBetween(m_reference.addYears(-3), m_reference.addMonths(-1));
    const bool complete = m_random.chance(CompleteProfilePermille);
    QList<std::pair<qint64, int>> profile = m_profiles.value(person.row.jabatanId);
    if (m_random.chance(ExtraCompetencyPermille)) { // a skill from another field
        const auto &all = Catalog::competencies();
        profile.append({m_competencyIds.value(QString::fromLatin1(m_random.pick(all).code)), 2});
    }
    const QString source = sourceFor(person, assessed);
    int written = 0;
    for (const auto &[competency, required] : profile) {
        if (!complete && m_random.chance(MissingWhenIncompletePermille))
            continue;
        const int step =
            m_random.weighted(LevelStepWeights) - 2 + (m_random.chance(400) ? talent : 0);
        const int level = std::clamp(required + step, Competency::MinLevel, Competency::MaxLevel);
        const EmployeeCompetency row{person.row.id, competency, level, assessed, source};
        if (DatabaseError error = m_competencies.setEmployeeLevel(row))
            return error;
        ++written;
    }
    m_summary.levels += written;
    m_summary.assessedEmployees += written > 0 ? 1 : 0;
    return {};
}

DatabaseError DemoCompetencies::writeAssessments(const Person &person, int talent)
{
    if (!m_random.chance(PotentialAssessedPermille))
        return {};
    const auto potentialOf = [&](int t) {
        return static_cast<PotentialLevel>(m_random.weighted(PotentialWeights[t + 1]) + 1);
    };
    const QDate day = m_random.dateBetween(m_reference.addYears(-3), m_reference.addMonths(-1));
    QList<Assessment> results;
    if (m_random.chance(EarlierPotentialPermille)) // an older result the newer one replaces
        results.append({0, person.row.id, AssessmentKind::Potential, day.addYears(-3), std::nullopt,
                        potentialOf(0), sourceFor(person, day.addYears(-3))});
    const double score = 55 + 10 * (talent + 1) + m_random.below(25);
    results.append({0, person.row.id, AssessmentKind::Potential, day, score, potentialOf(talent),
                    sourceFor(person, day)});
    const JabatanCategory category = JabatanTypes::category(person.jabatan->jabatan.type);
    if (category == JabatanCategory::Jpt || category == JabatanCategory::Administrasi)
        results.append({0, person.row.id, AssessmentKind::Managerial, day, score - 5,
                        PotentialLevel::Unknown, sourceFor(person, day)});
    for (Assessment &assessment : results) {
        if (DatabaseError error = m_assessments.addAssessment(assessment))
            return error;
        ++m_summary.assessments;
    }
    return {};
}

DatabaseError DemoCompetencies::writeCertificate(const Person &person)
{
    const QString &jabatan = person.jabatan->jabatan.name;
    for (const Catalog::CertificateRule &rule : Catalog::certificates()) {
        if (!jabatan.contains(QLatin1String(rule.keyword)))
            continue;
        if (!m_random.chance(rule.permille))
            return {};
        const QDate earliest = std::max(person.row.tmtCpns, m_reference.addYears(-15));
        Certification certificate{0,
                                  person.row.id,
                                  QString::fromLatin1(rule.name),
                                  QString::fromLatin1(rule.issuer),
                                  m_random.dateBetween(earliest, m_reference.addMonths(-2)),
                                  {}};
        ++m_summary.certifications;
        return m_assessments.addCertification(certificate);
    }
    return {};
}

DatabaseError DemoCompetencies::writeFlags(const Person &person)
{
    // Study leave for young graduates, a service bond for some recent appointees, and now and
    // then a process under way: the rows the eligibility rules 3 and 5 read.
    const EmployeeFactsRow &row = person.row;
    QList<EmployeeFlag> flags;
    const bool young = row.birthDate.isValid() && row.birthDate > m_reference.addYears(-40);
    const bool recent = row.tmtCpns.isValid() && row.tmtCpns > m_reference.addYears(-5);
    if (young && row.educationLevel == EducationLevel::S1 && row.status == EmployeeStatus::Pns &&
        m_random.chance(TugasBelajarPermille)) {
        const QDate start = m_random.dateBetween(m_reference.addMonths(-20), m_reference);
        flags.append({0, row.id, EmployeeFlag::Kind::TugasBelajar, start, start.addYears(2),
                      QStringLiteral("Tugas belajar program magister")});
    }
    if (recent && m_random.chance(IkatanDinasPermille))
        flags.append({0, row.id, EmployeeFlag::Kind::IkatanDinas, row.tmtCpns,
                      row.tmtCpns.addYears(5),
                      QStringLiteral("Ikatan dinas lulusan sekolah kedinasan")});
    if (m_random.chance(DisciplinaryProcessPermille))
        flags.append({0,
                      row.id,
                      EmployeeFlag::Kind::DisciplinaryProcess,
                      m_random.dateBetween(m_reference.addMonths(-8), m_reference),
                      {},
                      QStringLiteral("Pemeriksaan dugaan pelanggaran disiplin")});
    if (m_random.chance(CourtProcessPermille))
        flags.append({0,
                      row.id,
                      EmployeeFlag::Kind::CourtProcess,
                      m_random.dateBetween(m_reference.addYears(-2), m_reference),
                      {},
                      QStringLiteral("Perkara di pengadilan negeri")});
    for (EmployeeFlag &flag : flags) {
        if (DatabaseError error = m_flags.add(flag))
            return error;
        ++m_summary.flags;
    }
    return {};
}

int DemoCompetencies::assessedPermilleOfOpd(qint64 opdUnitId) const
{
    const int opd = m_opdIndex.value(opdUnitId, -1);
    return opd >= 0 ? Catalog::assessedPermille(DemoCatalog::opds()[opd].code) : 500;
}

QString DemoCompetencies::sourceFor(const Person &person, const QDate &day) const
{
    switch (person.jabatan ? person.jabatan->spec->track : DemoCatalog::Track::Office) {
    case DemoCatalog::Track::Teacher:
        return QStringLiteral("Uji Kompetensi Guru %1").arg(day.year());
    case DemoCatalog::Track::Health:
        return QStringLiteral("Uji Kompetensi Tenaga Kesehatan %1").arg(day.year());
    case DemoCatalog::Track::Office:
        break;
    }
    return QStringLiteral("Assessment Center BKD %1").arg(day.year());
}

} // namespace Simutasi

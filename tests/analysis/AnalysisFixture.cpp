#include "AnalysisFixture.h"

#include "domain/EmployeeHistory.h"
#include "storage/EmployeeRepository.h"
#include "storage/OrgRepository.h"
#include "storage/Transaction.h"

#include <QSqlQuery>
#include <catch2/catch.hpp>

namespace Simutasi::Test {

SmallProvince::SmallProvince()
{
    DatabaseError error;
    db = Database::open(dir.path(QStringLiteral("province.db")), &error);
    REQUIRE(db);
    OrgRepository org(*db);
    Region kota{0, Region::Kind::Kota, QStringLiteral("Wanggar")};
    Region rimba{0, Region::Kind::Kabupaten, QStringLiteral("Rimba Raya")};
    REQUIRE_FALSE(org.addRegion(kota));
    REQUIRE_FALSE(org.addRegion(rimba));
    kotaWanggar = kota.id;
    rimbaRaya = rimba.id;

    province = addUnit(0, OrgUnit::Kind::Province, QStringLiteral("Pemerintah Provinsi Wanggar"), 0,
                       false);
    disdik = addUnit(province.id, OrgUnit::Kind::Opd, QStringLiteral("Dinas Pendidikan"), 0, false);
    bkd = addUnit(province.id, OrgUnit::Kind::Opd, QStringLiteral("Badan Kepegawaian Daerah"), 0,
                  false);
    sma1 = addUnit(disdik.id, OrgUnit::Kind::Sekolah, QStringLiteral("SMA Negeri 1 Wanggar"),
                   kotaWanggar, false);
    sma2 = addUnit(disdik.id, OrgUnit::Kind::Sekolah, QStringLiteral("SMA Negeri 2 Wanggar"),
                   kotaWanggar, false);
    sma5 = addUnit(disdik.id, OrgUnit::Kind::Sekolah, QStringLiteral("SMA Negeri 5 Rimba Raya"),
                   rimbaRaya, true);

    const QStringList guruFields = {QStringLiteral("Pendidikan Matematika"),
                                    QStringLiteral("Pendidikan Fisika")};
    guruMuda = addJabatan(QStringLiteral("Guru Ahli Muda"), JabatanType::AhliMuda, guruFields);
    guruPertama =
        addJabatan(QStringLiteral("Guru Ahli Pertama"), JabatanType::AhliPertama, guruFields);
    analisSdm = addJabatan(QStringLiteral("Analis SDM Aparatur Ahli Muda"), JabatanType::AhliMuda,
                           {QStringLiteral("Psikologi")});

    Transaction transaction(*db);
    staff(sma1, guruMuda, 2, 4);
    staff(sma2, guruMuda, 3, 3);
    staff(sma2, guruPertama, 1, 2);
    staff(sma5, guruMuda, 4, 1);
    staff(sma5, guruPertama, 2, 0);
    staff(bkd, analisSdm, 2, 1);
    staff(bkd, guruMuda, -1, 1);
    REQUIRE_FALSE(transaction.commit());
}

OrgUnit SmallProvince::addUnit(qint64 parentId, OrgUnit::Kind kind, const QString &name,
                               qint64 regionId, bool remote)
{
    OrgUnit unit{0, parentId, kind, QString(), name, regionId, remote, {}};
    REQUIRE_FALSE(OrgRepository(*db).addUnit(unit));
    return unit;
}

Jabatan SmallProvince::addJabatan(const QString &name, JabatanType type, const QStringList &fields)
{
    Jabatan jabatan;
    jabatan.name = name;
    jabatan.type = type;
    jabatan.golonganRange = JabatanTypes::defaultGolonganRange(type);
    jabatan.minEducation = EducationLevel::S1;
    jabatan.educationFields = fields;
    REQUIRE_FALSE(OrgRepository(*db).addJabatan(jabatan));
    return jabatan;
}

void SmallProvince::staff(const OrgUnit &unit, const Jabatan &jabatan, int formasi, int bezetting)
{
    if (formasi >= 0)
        REQUIRE_FALSE(OrgRepository(*db).setFormasi({unit.id, jabatan.id, formasi}));
    for (int i = 0; i < bezetting; ++i)
        addEmployee(unit.id, jabatan.id,
                    QStringLiteral("%1 %2 %3").arg(jabatan.name, unit.name).arg(i + 1));
}

qint64 SmallProvince::addEmployee(qint64 unitId, qint64 jabatanId, const QString &name,
                                  const QDate &tmtJabatan)
{
    Employee e;
    e.nip = Nip::parse(QStringLiteral("198503122010011%1").arg(++m_serial, 3, 10, QChar(u'0')));
    REQUIRE(e.nip.isValid());
    e.name = name;
    e.gender = Gender::Male;
    e.birthDate = QDate(1985, 3, 12);
    e.status = EmployeeStatus::Pns;
    e.golongan = Golongan::parse(QStringLiteral("III/c"));
    e.jabatanId = jabatanId;
    e.unitId = unitId;
    e.tmtJabatan = tmtJabatan;
    e.educationLevel = EducationLevel::S1;
    e.educationField = QStringLiteral("Pendidikan Matematika");
    EmployeeRepository repository(*db);
    REQUIRE_FALSE(repository.insert(e));
    for (const int year : {2024, 2025}) {
        SkpRating rating{0, e.id, year, SkpPredicate::Baik};
        REQUIRE_FALSE(repository.addSkpRating(rating));
    }
    return e.id;
}

qint64 SmallProvince::firstEmployeeIn(qint64 unitId, qint64 jabatanId) const
{
    QSqlQuery query(db->connection());
    query.prepare(
        QStringLiteral("SELECT min(id) FROM employee WHERE unit_id = ? AND jabatan_id = ?"));
    query.addBindValue(unitId);
    query.addBindValue(jabatanId);
    REQUIRE(query.exec());
    REQUIRE(query.next());
    return query.value(0).toLongLong();
}

VacancyProfile guruVacancy()
{
    Jabatan jabatan;
    jabatan.id = 10;
    jabatan.name = QStringLiteral("Guru Ahli Muda");
    jabatan.type = JabatanType::AhliMuda;
    jabatan.golonganRange = JabatanTypes::defaultGolonganRange(JabatanType::AhliMuda);
    jabatan.minEducation = EducationLevel::S1;
    jabatan.educationFields = {QStringLiteral("Pendidikan Matematika"),
                               QStringLiteral("Pendidikan Fisika")};
    return VacancyProfile(jabatan, 99,
                          {{1, QStringLiteral("Pedagogi"), 3, 2.0},
                           {2, QStringLiteral("Manajemen Kelas"), 2, 1.0},
                           {3, QStringLiteral("Manajemen Risiko"), 3, 1.0}});
}

CandidateFacts eligibleTeacher(qint64 id)
{
    CandidateFacts c;
    c.id = id;
    c.jabatanId = 11;
    c.unitId = 50;
    c.opdId = 5;
    c.status = EmployeeStatus::Pns;
    c.golonganRank = Golongan::parse(QStringLiteral("III/c"))->rank();
    c.tmtJabatan = QDate(2022, 1, 1);
    c.birthDate = QDate(1980, 5, 10);
    c.tmtCpns = QDate(2005, 3, 1);
    c.educationLevel = EducationLevel::S1;
    c.skp = {static_cast<quint8>(SkpPredicate::SangatBaik),
             static_cast<quint8>(SkpPredicate::Baik)};
    return c;
}

} // namespace Simutasi::Test

#include "EmployeeFixture.h"

#include "storage/OrgRepository.h"

#include <catch2/catch.hpp>

namespace Simutasi::Test {

namespace {

OrgUnit makeUnit(qint64 parent, OrgUnit::Kind kind, const QString &code, const QString &name)
{
    OrgUnit unit;
    unit.parentId = parent;
    unit.kind = kind;
    unit.code = code;
    unit.name = name;
    return unit;
}

Jabatan makeJabatan(const QString &name, JabatanType type)
{
    Jabatan jabatan;
    jabatan.name = name;
    jabatan.type = type;
    jabatan.golonganRange = JabatanTypes::defaultGolonganRange(type);
    return jabatan;
}

} // namespace

EmployeeFixture::EmployeeFixture()
{
    DatabaseError error;
    db = Database::open(dir.path(QStringLiteral("employees.db")), &error);
    REQUIRE(db);
    employees = std::make_unique<EmployeeRepository>(*db);
    OrgRepository org(*db);
    province = makeUnit(0, OrgUnit::Kind::Province, QStringLiteral("PROV"),
                        QStringLiteral("Pemerintah Provinsi Wanggar"));
    REQUIRE_FALSE(org.addUnit(province));
    disdik = makeUnit(province.id, OrgUnit::Kind::Opd, QStringLiteral("DISDIK"),
                      QStringLiteral("Dinas Pendidikan"));
    REQUIRE_FALSE(org.addUnit(disdik));
    bidang = makeUnit(disdik.id, OrgUnit::Kind::Bidang, {}, QStringLiteral("Bidang SMA"));
    REQUIRE_FALSE(org.addUnit(bidang));
    school = makeUnit(bidang.id, OrgUnit::Kind::Sekolah, {}, QStringLiteral("SMA Negeri 1"));
    REQUIRE_FALSE(org.addUnit(school));
    dinkes = makeUnit(province.id, OrgUnit::Kind::Opd, QStringLiteral("DINKES"),
                      QStringLiteral("Dinas Kesehatan"));
    REQUIRE_FALSE(org.addUnit(dinkes));

    ahliMuda = makeJabatan(QStringLiteral("Guru Ahli Muda"), JabatanType::AhliMuda);
    ahliMadya = makeJabatan(QStringLiteral("Guru Ahli Madya"), JabatanType::AhliMadya);
    ahliUtama = makeJabatan(QStringLiteral("Peneliti Ahli Utama"), JabatanType::AhliUtama);
    jptPratama = makeJabatan(QStringLiteral("Kepala Dinas"), JabatanType::JptPratama);
    pelaksana = makeJabatan(QStringLiteral("Pengadministrasi Umum"), JabatanType::Pelaksana);
    for (Jabatan *j : {&ahliMuda, &ahliMadya, &ahliUtama, &jptPratama, &pelaksana})
        REQUIRE_FALSE(org.addJabatan(*j));
}

QString EmployeeFixture::nipFor(const QDate &birth, Gender gender, int cpnsYear, int serial)
{
    return birth.toString(QStringLiteral("yyyyMMdd")) + QString::number(cpnsYear) +
           QStringLiteral("03") + (gender == Gender::Female ? u'2' : u'1') +
           QStringLiteral("%1").arg(serial, 3, 10, QLatin1Char('0'));
}

Employee EmployeeFixture::complete(const QString &name, const QDate &birth, Gender gender,
                                   int cpnsYear) const
{
    Employee e;
    e.nip = Nip::parse(nipFor(birth, gender, cpnsYear, m_serial % 999 + 1));
    REQUIRE(e.nip.isValid());
    e.name = name;
    e.gender = gender;
    e.birthDate = birth;
    e.birthPlace = QStringLiteral("Wanggar");
    e.golongan = Golongan::parse(QStringLiteral("III/c"));
    e.tmtGolongan = QDate(2020, 4, 1);
    e.jabatanId = ahliMuda.id;
    e.unitId = school.id;
    e.tmtJabatan = QDate(2024, 1, 1);
    e.educationLevel = EducationLevel::S1;
    e.educationField = QStringLiteral("Pendidikan Matematika");
    e.email = name.toLower().remove(u' ') + QStringLiteral("@wanggarprov.go.id");
    e.phone = QStringLiteral("0812555000");
    return e;
}

qint64 EmployeeFixture::add(Employee employee, const QList<int> &skpYears)
{
    // Each NIP gets its own serial, so equal birth dates do not clash.
    employee.nip = Nip::parse(employee.nip.digits().left(15) +
                              QStringLiteral("%1").arg(++m_serial, 3, 10, QLatin1Char('0')));
    REQUIRE(employee.nip.isValid());
    REQUIRE_FALSE(employees->insert(employee));
    for (const int year : skpYears) {
        SkpRating rating{0, employee.id, year, SkpPredicate::Baik};
        REQUIRE_FALSE(employees->addSkpRating(rating));
    }
    return employee.id;
}

QStringList EmployeeFixture::names(const EmployeeFilter &filter) const
{
    QStringList result;
    for (const EmployeeListRow &row :
         employees->page(filter, EmployeeSortKey::Name, Qt::AscendingOrder, 0, 100000))
        result << row.fullName;
    CHECK(employees->count(filter) == result.size());
    result.sort();
    return result;
}

EmployeeFilter EmployeeFixture::filter() const
{
    EmployeeFilter filter;
    filter.referenceDate = Reference;
    return filter;
}

} // namespace Simutasi::Test

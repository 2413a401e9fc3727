#include "EmployeeListReports.h"

#include "TextCache.h"
#include "analysis/Duration.h"
#include "domain/Employee.h"
#include "domain/Golongan.h"
#include "domain/JabatanType.h"
#include "storage/Database.h"
#include "storage/EligibilityRuleRepository.h"
#include "storage/EmployeeRepository.h"
#include "storage/SqlRows.h"
#include "storage/SqlValues.h"

#include <algorithm>

namespace Simutasi {

namespace {

// The columns every list reads first, in this order (see PersonReader::read).
QString personColumns()
{
    return QStringLiteral("e.front_title, e.name, e.back_title, e.nip, e.status, e.golongan, "
                          "e.pppk_grade, j.name, j.type, u.name, o.name");
}
constexpr int PersonColumnCount = 11;

// The province's active employees: those who left (pindah keluar, ...) are not on these lists.
// The unary + keeps SQLite from reading the employees through the partial index on active
// names (employee_active_name): in name order every row is a random page of the table, which
// made the 100,000-employee DUK three times slower than a plain scan.
QString fromEmployees()
{
    return QStringLiteral(" FROM employee e LEFT JOIN jabatan j ON j.id = e.jabatan_id "
                          "LEFT JOIN org_unit u ON u.id = e.unit_id "
                          "LEFT JOIN org_unit o ON o.id = u.opd_id WHERE +e.left_on IS NULL");
}

// The OPD and kabupaten/kota filters as SQL conditions, with their values.
QString scopeSql(const ReportFilters &filters, QVariantList *values)
{
    QString sql;
    if (filters.opdId > 0) {
        sql += QStringLiteral(" AND u.opd_id = ?");
        values->append(filters.opdId);
    }
    if (filters.regionId > 0) {
        sql += QStringLiteral(" AND u.region_id = ?");
        values->append(filters.regionId);
    }
    return sql;
}

struct Person
{
    QString fullName;
    QString nip;
    QString status;
    QString golongan; // "III/a", or the PPPK grade "IX"
    QString pangkat;
    QString jabatan;
    QString jabatanType;
    QString unit;
    QString opd;
};

// Reads the person columns of a row (personColumns()). Golongan, pangkat and jabatan type
// take a handful of values, each made once per run (TextCache).
class PersonReader
{
public:
    Person read(const QSqlQuery &q)
    {
        Employee e;
        e.frontTitle = q.value(0).toString();
        e.name = q.value(1).toString();
        e.backTitle = q.value(2).toString();
        Person p;
        p.fullName = e.fullName();
        p.nip = q.value(3).toString();
        p.status = q.value(4).toString();
        // A PNS rank as itself, a PPPK grade (no pangkat) as minus the grade.
        const int rank = q.value(5).toInt();
        const int grade = q.value(6).toInt();
        const std::optional<Golongan> gol = Golongan::fromRank(rank);
        const int key = gol ? rank : -std::max(grade, 0);
        p.golongan = m_golongan.get(key, [&] {
            return gol ? gol->toString() : grade > 0 ? pppkGradeToString(grade) : QString();
        });
        p.pangkat = m_pangkat.get(key, [&] { return gol ? gol->pangkat() : QString(); });
        p.jabatan = q.value(7).toString();
        const QString typeCode = q.value(8).toString();
        p.jabatanType = m_jabatanTypes.get(typeCode, [&] {
            const auto type = JabatanTypes::fromCode(typeCode);
            return type ? JabatanTypes::displayName(*type) : QString();
        });
        p.unit = q.value(9).toString();
        p.opd = q.value(10).toString();
        return p;
    }

private:
    TextCache<int> m_golongan;
    TextCache<int> m_pangkat;
    TextCache<QString> m_jabatanTypes;
};

// Whole years and the months beyond them between two dates; 0/0 when unknown.
std::pair<int, int> yearsAndMonths(const QDate &from, const QDate &to)
{
    const int months = from.isValid() ? Duration::wholeMonths(from, to) : -1;
    return months < 0 ? std::pair{0, 0} : std::pair{months / 12, months % 12};
}

// The TMT CPNS of a NIP (digits 9-14, YYYYMM), the start of the masa kerja.
QDate tmtCpns(const QString &nip)
{
    return QDate(nip.mid(8, 4).toInt(), nip.mid(12, 2).toInt(), 1);
}

// The DUK's jabatan level: lower is higher in the order (see the class comment).
QString jabatanLevelSql()
{
    const auto level = [](JabatanType type) {
        switch (type) {
        case JabatanType::JptUtama:
            return 1;
        case JabatanType::JptMadya:
            return 2;
        case JabatanType::JptPratama:
            return 3;
        case JabatanType::Administrator:
        case JabatanType::AhliUtama:
        case JabatanType::AhliMadya:
            return 4;
        case JabatanType::Pengawas:
        case JabatanType::AhliMuda:
            return 5;
        case JabatanType::AhliPertama:
        case JabatanType::Penyelia:
            return 6;
        default:
            return 7;
        }
    };
    QString sql = QStringLiteral("(CASE j.type");
    for (const JabatanType type : JabatanTypes::all())
        sql += QStringLiteral(" WHEN '%1' THEN %2").arg(JabatanTypes::code(type)).arg(level(type));
    return sql + QStringLiteral(" ELSE 9 END)");
}

DatabaseError runQuery(Database &database, const QString &sql, const QVariantList &values,
                       const std::function<bool(const QSqlQuery &)> &visit)
{
    QSqlQuery query(database.connection());
    if (!query.prepare(sql))
        return database.errorFrom(query.lastError());
    SqlRows::bindAll(query, values);
    query.setForwardOnly(true);
    if (!query.exec())
        return database.errorFrom(query.lastError());
    while (query.next()) {
        if (!visit(query))
            break;
    }
    return {};
}

DatabaseError produceDuk(Database &database, const ReportFilters &filters, ReportData &data)
{
    QVariantList values;
    const QString sql =
        QStringLiteral("SELECT ") + personColumns() +
        QStringLiteral(", e.tmt_golongan, e.tmt_jabatan, e.education_level, e.birth_date, "
                       "(SELECT COALESCE(SUM(d.hours), 0) FROM diklat d WHERE d.employee_id = "
                       "e.id), u.opd_id") +
        fromEmployees() + QStringLiteral(" AND e.status IN ('PNS', 'CPNS')") +
        scopeSql(filters, &values) +
        QStringLiteral(" ORDER BY o.name IS NULL, o.name, u.opd_id, e.golongan DESC, "
                       "e.tmt_golongan IS NULL, e.tmt_golongan, ") +
        jabatanLevelSql() + QStringLiteral(", substr(e.nip, 9, 6), 16 DESC, e.birth_date, e.nip");
    const QDate today = filters.referenceDate();
    int number = 0;
    QVariant currentOpd;
    PersonReader reader;
    return runQuery(database, sql, values, [&](const QSqlQuery &q) {
        const Person p = reader.read(q);
        if (q.value(PersonColumnCount + 5) != currentOpd) {
            currentOpd = q.value(PersonColumnCount + 5);
            number = 0;
        }
        const QDate birth = SqlValues::toDate(q.value(PersonColumnCount + 3));
        const auto [serviceYears, serviceMonths] = yearsAndMonths(tmtCpns(p.nip), today);
        return data.addRow(0, {++number, p.fullName, p.nip, p.pangkat, p.golongan,
                               SqlValues::toDate(q.value(PersonColumnCount)), p.jabatan,
                               SqlValues::toDate(q.value(PersonColumnCount + 1)), serviceYears,
                               serviceMonths, q.value(PersonColumnCount + 4).toInt(),
                               q.value(PersonColumnCount + 2).toString(), birth,
                               yearsAndMonths(birth, today).first, p.unit, p.opd});
    });
}

DatabaseError produceRotation(Database &database, const ReportFilters &filters, ReportData &data)
{
    const int months = EligibilityRuleRepository(database)
                           .load()
                           .rule(EligibilityRuleId::TimeInPost)
                           .secondThreshold;
    const QDate today = filters.referenceDate();
    QVariantList values{SqlValues::fromDate(today.addMonths(-months))};
    const QString sql =
        QStringLiteral("SELECT ") + personColumns() + QStringLiteral(", e.tmt_jabatan") +
        fromEmployees() + QStringLiteral(" AND e.status <> 'CPNS' AND e.tmt_jabatan <= ?") +
        scopeSql(filters, &values) + QStringLiteral(" ORDER BY e.tmt_jabatan, e.nip");
    int number = 0;
    PersonReader reader;
    return runQuery(database, sql, values, [&](const QSqlQuery &q) {
        const Person p = reader.read(q);
        const QDate tmt = SqlValues::toDate(q.value(PersonColumnCount));
        const auto [years, rest] = yearsAndMonths(tmt, today);
        return data.addRow(0, {++number, p.fullName, p.nip, p.status, p.golongan, p.jabatan, p.unit,
                               p.opd, tmt, years, rest});
    });
}

DatabaseError produceBup(Database &database, const ReportFilters &filters, ReportData &data)
{
    const QDate today = filters.referenceDate();
    const QString pensiun = EmployeeRepository::pensiunDateSql();
    QVariantList values{SqlValues::fromDate(today.addMonths(EmployeeListReports::BupWindowMonths))};
    const QString sql = QStringLiteral("SELECT ") + personColumns() +
                        QStringLiteral(", e.birth_date, ") + pensiun + fromEmployees() +
                        QStringLiteral(" AND ") + pensiun + QStringLiteral(" <= ?") +
                        scopeSql(filters, &values) + QStringLiteral(" ORDER BY 13, e.nip");
    int number = 0;
    PersonReader reader;
    return runQuery(database, sql, values, [&](const QSqlQuery &q) {
        const Person p = reader.read(q);
        const QDate birth = SqlValues::toDate(q.value(PersonColumnCount));
        const QDate pensiunDate = SqlValues::toDate(q.value(PersonColumnCount + 1));
        // Months from the reference date to the pensiun date; negative once it has passed.
        const int left = pensiunDate >= today ? Duration::wholeMonths(today, pensiunDate)
                                              : -Duration::wholeMonths(pensiunDate, today);
        const int bup = pensiunDate.addMonths(-1).year() - birth.year();
        return data.addRow(0, {++number, p.fullName, p.nip, p.golongan, p.jabatan, p.unit, p.opd,
                               p.jabatanType, birth, bup, pensiunDate, left});
    });
}

ReportColumn column(const QString &title, ColumnType type, int width = 0)
{
    return {title, type, width};
}

// The columns every list starts with, and the post of its employee.
QList<ReportColumn> identityColumns()
{
    return {column(EmployeeListReports::tr("No"), ColumnType::Integer, 5),
            column(EmployeeListReports::tr("Name"), ColumnType::Text, 32),
            column(QStringLiteral("NIP"), ColumnType::Nip, 20)};
}

QList<ReportColumn> postColumns()
{
    return {column(QStringLiteral("Jabatan"), ColumnType::Text, 32),
            column(EmployeeListReports::tr("Unit"), ColumnType::Text, 32),
            column(QStringLiteral("OPD"), ColumnType::Text, 32)};
}

} // namespace

Report EmployeeListReports::duk()
{
    return {
        QStringLiteral("duk"),
        tr("DUK (Daftar Urut Kepangkatan)"),
        tr("Seniority list of PNS and CPNS per OPD: golongan, TMT golongan, jabatan level, masa "
           "kerja, diklat hours, age."),
        {ReportFilterKind::Opd, ReportFilterKind::Region, ReportFilterKind::AsOf},
        {{QStringLiteral("DUK"),
          identityColumns() +
              QList<ReportColumn>{column(QStringLiteral("Pangkat"), ColumnType::Text, 24),
                                  column(tr("Gol"), ColumnType::Text, 6),
                                  column(tr("TMT golongan"), ColumnType::Date, 12),
                                  column(QStringLiteral("Jabatan"), ColumnType::Text, 32),
                                  column(tr("TMT jabatan"), ColumnType::Date, 12),
                                  column(tr("Masa kerja (years)"), ColumnType::Integer, 8),
                                  column(tr("Masa kerja (months)"), ColumnType::Integer, 8),
                                  column(tr("Diklat (hours)"), ColumnType::Integer, 8),
                                  column(tr("Education"), ColumnType::Text, 8),
                                  column(tr("Date of birth"), ColumnType::Date, 12),
                                  column(tr("Age"), ColumnType::Integer, 6),
                                  column(tr("Unit"), ColumnType::Text, 32),
                                  column(QStringLiteral("OPD"), ColumnType::Text, 32)}}},
        produceDuk,
    };
}

Report EmployeeListReports::rotationDue()
{
    return {
        QStringLiteral("rotasi"),
        tr("Due for rotation"),
        tr("Employees in the same jabatan for the rotation period (default 5 years) or longer, "
           "longest first."),
        {ReportFilterKind::Opd, ReportFilterKind::Region, ReportFilterKind::AsOf},
        {{tr("Rotation"),
          identityColumns() +
              QList<ReportColumn>{column(tr("Status"), ColumnType::Text, 7),
                                  column(tr("Gol"), ColumnType::Text, 6)} +
              postColumns() +
              QList<ReportColumn>{column(tr("TMT jabatan"), ColumnType::Date, 12),
                                  column(tr("In post (years)"), ColumnType::Integer, 9),
                                  column(tr("In post (months)"), ColumnType::Integer, 9)}}},
        produceRotation,
    };
}

Report EmployeeListReports::nearingBup()
{
    return {
        QStringLiteral("bup"),
        tr("Nearing BUP"),
        tr("Employees whose pensiun date (BUP of their jabatan type) falls within %n month(s) "
           "of the reference date, or has passed.",
           nullptr, BupWindowMonths),
        {ReportFilterKind::Opd, ReportFilterKind::Region, ReportFilterKind::AsOf},
        {{QStringLiteral("BUP"),
          identityColumns() + QList<ReportColumn>{column(tr("Gol"), ColumnType::Text, 6)} +
              postColumns() +
              QList<ReportColumn>{column(tr("Jabatan type"), ColumnType::Text, 22),
                                  column(tr("Date of birth"), ColumnType::Date, 12),
                                  column(QStringLiteral("BUP"), ColumnType::Integer, 6),
                                  column(tr("Pensiun date"), ColumnType::Date, 12),
                                  column(tr("Months left"), ColumnType::Integer, 8)}}},
        produceBup,
    };
}

} // namespace Simutasi

#include "EmployeeRepository.h"

#include "Database.h"
#include "SqlValues.h"

namespace Simutasi {

using namespace SqlValues;

namespace {

const QString employeeColumns = QStringLiteral(
    "id, nip, front_title, name, back_title, gender, birth_place, birth_date, status, golongan, "
    "pppk_grade, tmt_golongan, jabatan_id, unit_id, tmt_jabatan, education_level, "
    "education_field, email, phone FROM employee");

Employee employeeFromQuery(const QSqlQuery &q)
{
    Employee e;
    e.id = q.value(0).toLongLong();
    e.nip = Nip::parse(q.value(1).toString());
    e.frontTitle = q.value(2).toString();
    e.name = q.value(3).toString();
    e.backTitle = q.value(4).toString();
    e.gender = genderFromCode(q.value(5).toString());
    e.birthPlace = q.value(6).toString();
    e.birthDate = toDate(q.value(7));
    e.status = employeeStatusFromCode(q.value(8).toString()).value_or(EmployeeStatus::Pns);
    e.golongan = q.value(9).isNull() ? std::nullopt : Golongan::fromRank(q.value(9).toInt());
    e.pppkGrade = q.value(10).toInt();
    e.tmtGolongan = toDate(q.value(11));
    e.jabatanId = q.value(12).toLongLong();
    e.unitId = q.value(13).toLongLong();
    e.tmtJabatan = toDate(q.value(14));
    e.educationLevel = EducationLevels::fromText(q.value(15).toString());
    e.educationField = q.value(16).toString();
    e.email = q.value(17).toString();
    e.phone = q.value(18).toString();
    return e;
}

// Binds the employee's columns in the order of the INSERT and UPDATE statements.
void bindEmployee(QSqlQuery &q, const Employee &e)
{
    q.addBindValue(e.nip.digits());
    q.addBindValue(fromText(e.frontTitle));
    q.addBindValue(fromText(e.name));
    q.addBindValue(fromText(e.backTitle));
    q.addBindValue(genderCode(e.gender));
    q.addBindValue(fromText(e.birthPlace));
    q.addBindValue(fromDate(e.birthDate));
    q.addBindValue(employeeStatusCode(e.status));
    q.addBindValue(e.golongan ? QVariant(e.golongan->rank()) : QVariant());
    q.addBindValue(e.pppkGrade > 0 ? QVariant(e.pppkGrade) : QVariant());
    q.addBindValue(fromDate(e.tmtGolongan));
    q.addBindValue(fromId(e.jabatanId));
    q.addBindValue(fromId(e.unitId));
    q.addBindValue(fromDate(e.tmtJabatan));
    q.addBindValue(fromEducation(e.educationLevel));
    q.addBindValue(fromText(e.educationField));
    q.addBindValue(fromText(e.email));
    q.addBindValue(fromText(e.phone));
    q.addBindValue(EmployeeRepository::searchKey(e));
}

const QString employeeAssignments = QStringLiteral(
    "nip = ?, front_title = ?, name = ?, back_title = ?, gender = ?, birth_place = ?, "
    "birth_date = ?, status = ?, golongan = ?, pppk_grade = ?, tmt_golongan = ?, jabatan_id = ?, "
    "unit_id = ?, tmt_jabatan = ?, education_level = ?, education_field = ?, email = ?, "
    "phone = ?, search_key = ?");

QString escapeLike(QString text)
{
    text.replace(u'\\', QStringLiteral("\\\\"));
    text.replace(u'%', QStringLiteral("\\%"));
    text.replace(u'_', QStringLiteral("\\_"));
    return text;
}

// A search text made only of digits and NIP separators is matched against the NIP digits.
bool looksLikeNip(const QString &text, QString *digits)
{
    QString result;
    for (const QChar c : text) {
        if (c.isDigit())
            result.append(c);
        else if (c != u' ' && c != u'.' && c != u'-')
            return false;
    }
    *digits = result;
    return result.size() >= 3;
}

// WHERE clause and its bound values for a filter (employee alias "e").
struct FilterSql
{
    QString where;
    QVariantList values;
};

FilterSql filterSql(const EmployeeFilter &filter)
{
    QStringList conditions;
    FilterSql sql;
    const QString text = filter.text.trimmed();
    if (!text.isEmpty()) {
        QString digits;
        if (looksLikeNip(text, &digits)) {
            conditions << QStringLiteral("e.nip LIKE ? ESCAPE '\\'");
            sql.values << QVariant(u'%' + escapeLike(digits) + u'%');
        } else {
            conditions << QStringLiteral("e.search_key LIKE ? ESCAPE '\\'");
            sql.values << QVariant(u'%' + escapeLike(text.toLower()) + u'%');
        }
    }
    if (filter.unitId > 0) {
        conditions << QStringLiteral("e.unit_id IN (SELECT id FROM org_unit WHERE path LIKE "
                                     "(SELECT path FROM org_unit WHERE id = ?) || '%')");
        sql.values << QVariant(filter.unitId);
    }
    if (filter.status) {
        conditions << QStringLiteral("e.status = ?");
        sql.values << QVariant(employeeStatusCode(*filter.status));
    }
    if (!conditions.isEmpty())
        sql.where = QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
    return sql;
}

QString orderBy(EmployeeSortKey key, Qt::SortOrder order)
{
    const QString direction =
        order == Qt::AscendingOrder ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
    QString column;
    switch (key) {
    case EmployeeSortKey::Name:
        column = QStringLiteral("e.name COLLATE NOCASE");
        break;
    case EmployeeSortKey::Nip:
        column = QStringLiteral("e.nip");
        break;
    case EmployeeSortKey::Gender:
        column = QStringLiteral("e.gender");
        break;
    case EmployeeSortKey::Status:
        column = QStringLiteral("e.status");
        break;
    case EmployeeSortKey::Golongan:
        // PNS by golongan, then PPPK by grade: both are ranks 1..17.
        column = QStringLiteral("e.golongan IS NULL") + direction + QStringLiteral(", e.golongan") +
                 direction + QStringLiteral(", e.pppk_grade");
        break;
    case EmployeeSortKey::Jabatan:
        column = QStringLiteral("j.name");
        break;
    case EmployeeSortKey::Unit:
        column = QStringLiteral("u.name");
        break;
    case EmployeeSortKey::Opd:
        column = QStringLiteral("o.name");
        break;
    case EmployeeSortKey::TmtJabatan:
        column = QStringLiteral("e.tmt_jabatan");
        break;
    case EmployeeSortKey::BirthDate:
        column = QStringLiteral("e.birth_date");
        break;
    }
    return QStringLiteral(" ORDER BY ") + column + direction + QStringLiteral(", e.id") + direction;
}

void bindAll(QSqlQuery &query, const QVariantList &values)
{
    for (const QVariant &value : values)
        query.addBindValue(value);
}

template<typename T, typename Read>
QList<T> readForEmployee(const Database &db, const QString &sql, qint64 employeeId, Read read)
{
    QSqlQuery query(db.connection());
    query.prepare(sql);
    query.addBindValue(employeeId);
    QList<T> rows;
    if (query.exec()) {
        while (query.next())
            rows.append(read(query));
    }
    return rows;
}

DatabaseError execInsert(const Database &db, QSqlQuery &query, qint64 *id)
{
    if (!query.exec())
        return db.errorFrom(query.lastError());
    *id = query.lastInsertId().toLongLong();
    return {};
}

} // namespace

EmployeeRepository::EmployeeRepository(Database &database)
    : m_database(database)
{}

QString EmployeeRepository::searchKey(const Employee &employee)
{
    return (employee.fullName() + u' ' + employee.nip.digits()).toLower();
}

DatabaseError EmployeeRepository::insert(Employee &employee)
{
    if (!prepareOnce(m_insertEmployee, m_database.connection(),
                     QStringLiteral("INSERT INTO employee (nip, front_title, name, back_title, "
                                    "gender, birth_place, birth_date, status, golongan, "
                                    "pppk_grade, tmt_golongan, jabatan_id, unit_id, tmt_jabatan, "
                                    "education_level, education_field, email, phone, search_key) "
                                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                                    "?, ?)")))
        return m_database.errorFrom(m_insertEmployee.lastError());
    bindEmployee(m_insertEmployee, employee);
    return execInsert(m_database, m_insertEmployee, &employee.id);
}

DatabaseError EmployeeRepository::update(const Employee &employee)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("UPDATE employee SET ") + employeeAssignments +
                  QStringLiteral(" WHERE id = ?"));
    bindEmployee(query, employee);
    query.addBindValue(employee.id);
    if (!query.exec())
        return m_database.errorFrom(query.lastError());
    return {};
}

std::optional<Employee> EmployeeRepository::byId(qint64 id) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT ") + employeeColumns + QStringLiteral(" WHERE id = ?"));
    query.addBindValue(id);
    if (query.exec() && query.next())
        return employeeFromQuery(query);
    return std::nullopt;
}

std::optional<Employee> EmployeeRepository::byNip(const QString &nipDigits) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT ") + employeeColumns + QStringLiteral(" WHERE nip = ?"));
    query.addBindValue(nipDigits);
    if (query.exec() && query.next())
        return employeeFromQuery(query);
    return std::nullopt;
}

int EmployeeRepository::count(const EmployeeFilter &filter) const
{
    const FilterSql sql = filterSql(filter);
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT count(*) FROM employee e") + sql.where);
    bindAll(query, sql.values);
    return query.exec() && query.next() ? query.value(0).toInt() : 0;
}

QList<EmployeeListRow> EmployeeRepository::page(const EmployeeFilter &filter, EmployeeSortKey sort,
                                                Qt::SortOrder order, int offset, int limit) const
{
    const FilterSql sql = filterSql(filter);
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral("SELECT e.id, e.nip, e.front_title, e.name, e.back_title, e.gender, "
                       "e.status, e.golongan, e.pppk_grade, j.name, u.name, o.name, "
                       "e.tmt_jabatan, e.birth_date FROM employee e "
                       "LEFT JOIN jabatan j ON j.id = e.jabatan_id "
                       "LEFT JOIN org_unit u ON u.id = e.unit_id "
                       "LEFT JOIN org_unit o ON o.id = u.opd_id") +
        sql.where + orderBy(sort, order) + QStringLiteral(" LIMIT ? OFFSET ?"));
    bindAll(query, sql.values);
    query.addBindValue(limit);
    query.addBindValue(offset);
    QList<EmployeeListRow> rows;
    if (!query.exec())
        return rows;
    rows.reserve(limit);
    while (query.next()) {
        EmployeeListRow row;
        row.id = query.value(0).toLongLong();
        row.nip = query.value(1).toString();
        Employee names;
        names.frontTitle = query.value(2).toString();
        names.name = query.value(3).toString();
        names.backTitle = query.value(4).toString();
        row.fullName = names.fullName();
        row.gender = genderFromCode(query.value(5).toString());
        row.status =
            employeeStatusFromCode(query.value(6).toString()).value_or(EmployeeStatus::Pns);
        row.golonganRank = query.value(7).toInt();
        row.pppkGrade = query.value(8).toInt();
        row.jabatanName = query.value(9).toString();
        row.unitName = query.value(10).toString();
        row.opdName = query.value(11).toString();
        row.tmtJabatan = toDate(query.value(12));
        row.birthDate = toDate(query.value(13));
        rows.append(row);
    }
    return rows;
}

int EmployeeRepository::countInPost(qint64 unitId, qint64 jabatanId) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(
        QStringLiteral("SELECT count(*) FROM employee WHERE unit_id = ? AND jabatan_id = ?"));
    query.addBindValue(unitId);
    query.addBindValue(jabatanId);
    return query.exec() && query.next() ? query.value(0).toInt() : 0;
}

DatabaseError EmployeeRepository::addJabatanHistory(JabatanHistoryEntry &entry)
{
    if (!prepareOnce(
            m_insertJabatanHistory, m_database.connection(),
            QStringLiteral("INSERT INTO jabatan_history (employee_id, jabatan_id, unit_id, "
                           "jabatan_name, unit_name, tmt, sk_number, sk_date) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?)")))
        return m_database.errorFrom(m_insertJabatanHistory.lastError());
    QSqlQuery &q = m_insertJabatanHistory;
    q.addBindValue(entry.employeeId);
    q.addBindValue(fromId(entry.jabatanId));
    q.addBindValue(fromId(entry.unitId));
    q.addBindValue(fromText(entry.jabatanName));
    q.addBindValue(fromText(entry.unitName));
    q.addBindValue(fromDate(entry.tmt));
    q.addBindValue(fromText(entry.skNumber));
    q.addBindValue(fromDate(entry.skDate));
    return execInsert(m_database, q, &entry.id);
}

DatabaseError EmployeeRepository::addPangkatHistory(PangkatHistoryEntry &entry)
{
    if (!prepareOnce(m_insertPangkatHistory, m_database.connection(),
                     QStringLiteral("INSERT INTO pangkat_history (employee_id, golongan, tmt, "
                                    "sk_number, sk_date) VALUES (?, ?, ?, ?, ?)")))
        return m_database.errorFrom(m_insertPangkatHistory.lastError());
    QSqlQuery &q = m_insertPangkatHistory;
    q.addBindValue(entry.employeeId);
    q.addBindValue(entry.golongan.rank());
    q.addBindValue(fromDate(entry.tmt));
    q.addBindValue(fromText(entry.skNumber));
    q.addBindValue(fromDate(entry.skDate));
    return execInsert(m_database, q, &entry.id);
}

DatabaseError EmployeeRepository::addSkpRating(SkpRating &rating)
{
    if (!prepareOnce(m_insertSkp, m_database.connection(),
                     QStringLiteral("INSERT INTO skp_rating (employee_id, year, predicate) "
                                    "VALUES (?, ?, ?) ON CONFLICT (employee_id, year) "
                                    "DO UPDATE SET predicate = excluded.predicate")))
        return m_database.errorFrom(m_insertSkp.lastError());
    m_insertSkp.addBindValue(rating.employeeId);
    m_insertSkp.addBindValue(rating.year);
    m_insertSkp.addBindValue(static_cast<int>(rating.predicate));
    return execInsert(m_database, m_insertSkp, &rating.id);
}

DatabaseError EmployeeRepository::addDiklat(DiklatEntry &entry)
{
    if (!prepareOnce(m_insertDiklat, m_database.connection(),
                     QStringLiteral("INSERT INTO diklat (employee_id, name, organizer, start_date, "
                                    "end_date, hours) VALUES (?, ?, ?, ?, ?, ?)")))
        return m_database.errorFrom(m_insertDiklat.lastError());
    QSqlQuery &q = m_insertDiklat;
    q.addBindValue(entry.employeeId);
    q.addBindValue(fromText(entry.name));
    q.addBindValue(fromText(entry.organizer));
    q.addBindValue(fromDate(entry.startDate));
    q.addBindValue(fromDate(entry.endDate));
    q.addBindValue(entry.hours);
    return execInsert(m_database, q, &entry.id);
}

DatabaseError EmployeeRepository::addSanction(Sanction &sanction)
{
    if (!prepareOnce(m_insertSanction, m_database.connection(),
                     QStringLiteral("INSERT INTO sanction (employee_id, level, description, "
                                    "start_date, end_date, sk_number) VALUES (?, ?, ?, ?, ?, ?)")))
        return m_database.errorFrom(m_insertSanction.lastError());
    QSqlQuery &q = m_insertSanction;
    q.addBindValue(sanction.employeeId);
    q.addBindValue(static_cast<int>(sanction.level));
    q.addBindValue(fromText(sanction.description));
    q.addBindValue(fromDate(sanction.startDate));
    q.addBindValue(fromDate(sanction.endDate));
    q.addBindValue(fromText(sanction.skNumber));
    return execInsert(m_database, q, &sanction.id);
}

QList<JabatanHistoryEntry> EmployeeRepository::jabatanHistory(qint64 employeeId) const
{
    return readForEmployee<JabatanHistoryEntry>(
        m_database,
        QStringLiteral(
            "SELECT id, employee_id, jabatan_id, unit_id, jabatan_name, unit_name, tmt, "
            "sk_number, sk_date FROM jabatan_history WHERE employee_id = ? ORDER BY tmt"),
        employeeId, [](const QSqlQuery &q) {
            return JabatanHistoryEntry{
                q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong(),
                q.value(3).toLongLong(), q.value(4).toString(),   q.value(5).toString(),
                toDate(q.value(6)),      q.value(7).toString(),   toDate(q.value(8))};
        });
}

QList<PangkatHistoryEntry> EmployeeRepository::pangkatHistory(qint64 employeeId) const
{
    return readForEmployee<PangkatHistoryEntry>(
        m_database,
        QStringLiteral("SELECT id, employee_id, golongan, tmt, sk_number, sk_date "
                       "FROM pangkat_history WHERE employee_id = ? ORDER BY tmt"),
        employeeId, [](const QSqlQuery &q) {
            return PangkatHistoryEntry{q.value(0).toLongLong(),
                                       q.value(1).toLongLong(),
                                       Golongan::fromRank(q.value(2).toInt()).value_or(Golongan()),
                                       toDate(q.value(3)),
                                       q.value(4).toString(),
                                       toDate(q.value(5))};
        });
}

QList<SkpRating> EmployeeRepository::skpRatings(qint64 employeeId) const
{
    return readForEmployee<SkpRating>(
        m_database,
        QStringLiteral("SELECT id, employee_id, year, predicate FROM skp_rating "
                       "WHERE employee_id = ? ORDER BY year"),
        employeeId, [](const QSqlQuery &q) {
            return SkpRating{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toInt(),
                             static_cast<SkpPredicate>(q.value(3).toInt())};
        });
}

QList<DiklatEntry> EmployeeRepository::diklat(qint64 employeeId) const
{
    return readForEmployee<DiklatEntry>(
        m_database,
        QStringLiteral("SELECT id, employee_id, name, organizer, start_date, end_date, hours "
                       "FROM diklat WHERE employee_id = ? ORDER BY start_date"),
        employeeId, [](const QSqlQuery &q) {
            return DiklatEntry{q.value(0).toLongLong(), q.value(1).toLongLong(),
                               q.value(2).toString(),   q.value(3).toString(),
                               toDate(q.value(4)),      toDate(q.value(5)),
                               q.value(6).toInt()};
        });
}

QList<Sanction> EmployeeRepository::sanctions(qint64 employeeId) const
{
    return readForEmployee<Sanction>(
        m_database,
        QStringLiteral("SELECT id, employee_id, level, description, start_date, end_date, "
                       "sk_number FROM sanction WHERE employee_id = ? ORDER BY start_date"),
        employeeId, [](const QSqlQuery &q) {
            return Sanction{q.value(0).toLongLong(),
                            q.value(1).toLongLong(),
                            static_cast<SanctionLevel>(q.value(2).toInt()),
                            q.value(3).toString(),
                            toDate(q.value(4)),
                            toDate(q.value(5)),
                            q.value(6).toString()};
        });
}

} // namespace Simutasi

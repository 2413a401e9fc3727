#include "EmployeeRepository.h"

#include "Database.h"
#include "SqlValues.h"
#include "domain/EmployeeFacts.h"

namespace Simutasi {

using namespace SqlValues;

namespace {

const QString employeeColumns = QStringLiteral(
    "id, nip, front_title, name, back_title, gender, birth_place, birth_date, status, golongan, "
    "pppk_grade, tmt_golongan, jabatan_id, unit_id, tmt_jabatan, education_level, "
    "education_field, email, phone, left_on, left_reason, left_to, left_decree FROM employee");

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
    e.departure.on = toDate(q.value(19));
    e.departure.reason =
        departureReasonFromCode(q.value(20).toString()).value_or(DepartureReason::PindahKeluar);
    e.departure.to = q.value(21).toString();
    e.departure.decree = q.value(22).toString();
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
bool startsWithBirthDate(const QString &digits)
{
    const QDate date = QDate::fromString(digits.left(8), QStringLiteral("yyyyMMdd"));
    // An ASN is at least 18: a younger "birth date" is more likely a TMT from the NIP's middle.
    const int youngestBirthYear = QDate::currentDate().year() - 17;
    return digits.size() >= 8 && date.isValid() && date.year() >= 1940 &&
           date.year() <= youngestBirthYear;
}

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

// WHERE clause and its bound values for a filter (employee alias "e", jabatan alias "j").
struct FilterSql
{
    QStringList conditions;
    QVariantList values;
    bool jabatan = false; // a condition reads the jabatan `j`

    void add(const QString &condition, const QVariantList &bound = {})
    {
        conditions << condition;
        values << bound;
    }
    QString where() const
    {
        return conditions.isEmpty()
                   ? QString()
                   : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
    }
};

// Employees and the jabatan the filters look at; the join is dropped by SQLite when unused.
const QString filterFrom =
    QStringLiteral(" FROM employee e LEFT JOIN jabatan j ON j.id = e.jabatan_id");

void addTextCondition(FilterSql &sql, const QString &text)
{
    if (text.isEmpty())
        return;
    QString digits;
    // Digits that open with a birth date are the start of a NIP: a range over the NIP's unique
    // index answers at once, where a substring match would scan every row.
    const bool nip = looksLikeNip(text, &digits);
    if (nip && startsWithBirthDate(digits))
        sql.add(QStringLiteral("e.nip >= ? AND e.nip < ?"), {digits, digits + u':'});
    else if (nip)
        sql.add(QStringLiteral("e.nip LIKE ? ESCAPE '\\'"), {u'%' + escapeLike(digits) + u'%'});
    else
        sql.add(QStringLiteral("e.search_key LIKE ? ESCAPE '\\'"),
                {u'%' + escapeLike(text.toLower()) + u'%'});
}

QString quoted(const QString &code)
{
    return u'\'' + code + u'\''; // jabatan type codes: fixed identifiers, no quotes inside
}

void addJabatanTypeCondition(FilterSql &sql, const QList<JabatanType> &types)
{
    if (types.isEmpty())
        return;
    QStringList codes;
    for (const JabatanType type : types)
        codes << quoted(JabatanTypes::code(type));
    sql.add(QStringLiteral("j.type IN (") + codes.join(u',') + u')');
    sql.jabatan = true;
}

void addGolonganCondition(FilterSql &sql, const EmployeeFilter &filter)
{
    if (filter.golonganFrom > 0)
        sql.add(QStringLiteral("e.golongan >= ?"), {filter.golonganFrom});
    if (filter.golonganTo > 0)
        sql.add(QStringLiteral("e.golongan <= ?"), {filter.golonganTo});
}

// The BUP (retirement age) of the employee's jabatan type, as EmployeeFacts::bup() gives it.
const QString &bupExpression()
{
    static const QString sql = [] {
        QString cases = QStringLiteral("(CASE j.type");
        for (const JabatanType type : JabatanTypes::all())
            cases += QStringLiteral(" WHEN %1 THEN %2")
                         .arg(quoted(JabatanTypes::code(type)))
                         .arg(JabatanTypes::defaultBup(type));
        return cases + QStringLiteral(" ELSE %1 END)").arg(EmployeeFacts::BupWithoutJabatan);
    }();
    return sql;
}

// The pensiun date as ISO text: the first day of the month after the birthday at the BUP.
// Starting from the first of the birth month avoids SQLite's 29 February overflow.
QString pensiunExpression()
{
    return QStringLiteral("date(e.birth_date, 'start of month', '+' || ") + bupExpression() +
           QStringLiteral(" || ' years', '+1 month')");
}

QString incompleteCondition()
{
    return QStringLiteral(
        "(e.education_level = '' OR trim(e.education_field) = '' "
        "OR (trim(e.email) = '' AND trim(e.phone) = '') "
        "OR e.jabatan_id IS NULL OR e.unit_id IS NULL OR e.tmt_jabatan IS NULL "
        "OR (CAST(substr(e.nip, 9, 4) AS INTEGER) < ? AND NOT EXISTS "
        "(SELECT 1 FROM skp_rating s WHERE s.employee_id = e.id AND s.year = ?)))");
}

void addDateConditions(FilterSql &sql, const EmployeeFilter &filter)
{
    const QDate today =
        filter.referenceDate.isValid() ? filter.referenceDate : QDate::currentDate();
    if (filter.rotationDue)
        sql.add(QStringLiteral("e.tmt_jabatan <= ?"),
                {fromDate(today.addYears(-filter.rotationYears))});
    if (filter.nearingBup) {
        sql.add(pensiunExpression() + QStringLiteral(" <= ?"),
                {fromDate(today.addMonths(filter.bupMonths))});
        sql.jabatan = true; // the BUP follows the jabatan type
    }
    if (filter.incomplete) {
        const int lastYear = today.year() - 1;
        sql.add(incompleteCondition(), {lastYear, lastYear});
    }
}

FilterSql filterSql(const EmployeeFilter &filter)
{
    FilterSql sql;
    // The partial indexes of schema step 5 answer both conditions.
    if (filter.presence == EmployeePresence::Active)
        sql.add(QStringLiteral("e.left_on IS NULL"));
    else if (filter.presence == EmployeePresence::Departed)
        sql.add(QStringLiteral("e.left_on IS NOT NULL"));
    addTextCondition(sql, filter.text.trimmed());
    if (filter.unitId > 0)
        sql.add(QStringLiteral("e.unit_id IN (SELECT id FROM org_unit WHERE path LIKE "
                               "(SELECT path FROM org_unit WHERE id = ?) || '%')"),
                {filter.unitId});
    if (filter.status)
        sql.add(QStringLiteral("e.status = ?"), {employeeStatusCode(*filter.status)});
    if (filter.gender)
        sql.add(QStringLiteral("e.gender = ?"), {genderCode(*filter.gender)});
    addGolonganCondition(sql, filter);
    addJabatanTypeCondition(sql, filter.jabatanTypes);
    addDateConditions(sql, filter);
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

QString historyTableName(HistoryKind kind)
{
    switch (kind) {
    case HistoryKind::Jabatan:
        return QStringLiteral("jabatan_history");
    case HistoryKind::Pangkat:
        return QStringLiteral("pangkat_history");
    case HistoryKind::Skp:
        return QStringLiteral("skp_rating");
    case HistoryKind::Diklat:
        return QStringLiteral("diklat");
    case HistoryKind::Sanction:
        return QStringLiteral("sanction");
    }
    return {};
}

// Each history table: its kind, its columns after employee_id and how a row binds to them, so
// that the insert and the update of a table cannot disagree about the order.
template<typename T>
struct HistoryTable;

template<>
struct HistoryTable<JabatanHistoryEntry>
{
    static constexpr HistoryKind Kind = HistoryKind::Jabatan;
    static QStringList columns()
    {
        return {QStringLiteral("jabatan_id"),   QStringLiteral("unit_id"),
                QStringLiteral("jabatan_name"), QStringLiteral("unit_name"),
                QStringLiteral("tmt"),          QStringLiteral("sk_number"),
                QStringLiteral("sk_date")};
    }
    static void bind(QSqlQuery &q, const JabatanHistoryEntry &e)
    {
        for (const QVariant &v :
             {fromId(e.jabatanId), fromId(e.unitId), fromText(e.jabatanName), fromText(e.unitName),
              fromDate(e.tmt), fromText(e.skNumber), fromDate(e.skDate)})
            q.addBindValue(v);
    }
};

template<>
struct HistoryTable<PangkatHistoryEntry>
{
    static constexpr HistoryKind Kind = HistoryKind::Pangkat;
    static QStringList columns()
    {
        return {QStringLiteral("golongan"), QStringLiteral("tmt"), QStringLiteral("sk_number"),
                QStringLiteral("sk_date")};
    }
    static void bind(QSqlQuery &q, const PangkatHistoryEntry &e)
    {
        for (const QVariant &v : {QVariant(e.golongan.rank()), fromDate(e.tmt),
                                  fromText(e.skNumber), fromDate(e.skDate)})
            q.addBindValue(v);
    }
};

template<>
struct HistoryTable<SkpRating>
{
    static constexpr HistoryKind Kind = HistoryKind::Skp;
    static QStringList columns() { return {QStringLiteral("year"), QStringLiteral("predicate")}; }
    static void bind(QSqlQuery &q, const SkpRating &r)
    {
        q.addBindValue(r.year);
        q.addBindValue(static_cast<int>(r.predicate));
    }
};

template<>
struct HistoryTable<DiklatEntry>
{
    static constexpr HistoryKind Kind = HistoryKind::Diklat;
    static QStringList columns()
    {
        return {QStringLiteral("name"), QStringLiteral("organizer"), QStringLiteral("start_date"),
                QStringLiteral("end_date"), QStringLiteral("hours")};
    }
    static void bind(QSqlQuery &q, const DiklatEntry &e)
    {
        for (const QVariant &v : {fromText(e.name), fromText(e.organizer), fromDate(e.startDate),
                                  fromDate(e.endDate), QVariant(e.hours)})
            q.addBindValue(v);
    }
};

template<>
struct HistoryTable<Sanction>
{
    static constexpr HistoryKind Kind = HistoryKind::Sanction;
    static QStringList columns()
    {
        return {QStringLiteral("level"), QStringLiteral("description"),
                QStringLiteral("start_date"), QStringLiteral("end_date"),
                QStringLiteral("sk_number")};
    }
    static void bind(QSqlQuery &q, const Sanction &s)
    {
        for (const QVariant &v : {QVariant(static_cast<int>(s.level)), fromText(s.description),
                                  fromDate(s.startDate), fromDate(s.endDate), fromText(s.skNumber)})
            q.addBindValue(v);
    }
};

template<typename T>
QString insertSql()
{
    using Table = HistoryTable<T>;
    const QStringList columns = Table::columns();
    QString sql = QStringLiteral("INSERT INTO ") + historyTableName(Table::Kind) +
                  QStringLiteral(" (employee_id, ") + columns.join(QStringLiteral(", ")) +
                  QStringLiteral(") VALUES (?") + QStringLiteral(", ?").repeated(columns.size()) +
                  u')';
    // An import of SKP ratings updates the year it finds already rated.
    if constexpr (Table::Kind == HistoryKind::Skp)
        sql += QStringLiteral(" ON CONFLICT (employee_id, year) "
                              "DO UPDATE SET predicate = excluded.predicate");
    return sql;
}

template<typename T>
DatabaseError insertHistory(const Database &db, QSqlQuery &statement, T &row)
{
    if (!prepareOnce(statement, db.connection(), insertSql<T>()))
        return db.errorFrom(statement.lastError());
    statement.addBindValue(row.employeeId);
    HistoryTable<T>::bind(statement, row);
    return execInsert(db, statement, &row.id);
}

// An update or delete that touched no row names a row that is not (or no longer) there.
DatabaseError expectOneRow(const Database &db, const QSqlQuery &query)
{
    if (query.numRowsAffected() == 1)
        return {};
    return DatabaseError::make(DatabaseError::Kind::Other, db.path(),
                               QStringLiteral("history row not found"));
}

template<typename T>
DatabaseError updateHistoryRow(const Database &db, const T &row)
{
    using Table = HistoryTable<T>;
    QSqlQuery query(db.connection());
    query.prepare(QStringLiteral("UPDATE ") + historyTableName(Table::Kind) +
                  QStringLiteral(" SET ") + Table::columns().join(QStringLiteral(" = ?, ")) +
                  QStringLiteral(" = ? WHERE id = ? AND employee_id = ?"));
    Table::bind(query, row);
    query.addBindValue(row.id);
    query.addBindValue(row.employeeId);
    if (!query.exec())
        return db.errorFrom(query.lastError());
    return expectOneRow(db, query);
}

} // namespace

EmployeeRepository::EmployeeRepository(Database &database)
    : m_database(database)
{}

QString EmployeeRepository::pensiunDateSql()
{
    return pensiunExpression();
}

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
    QSqlQuery &query = m_selectById;
    if (!prepareOnce(query, m_database.connection(),
                     QStringLiteral("SELECT ") + employeeColumns + QStringLiteral(" WHERE id = ?")))
        return std::nullopt;
    query.addBindValue(id);
    std::optional<Employee> employee;
    if (query.exec() && query.next())
        employee = employeeFromQuery(query);
    query.finish(); // no open read statement left behind while the caller writes
    return employee;
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

QHash<QString, qint64> EmployeeRepository::idsByNip() const
{
    QHash<QString, qint64> ids;
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (query.exec(QStringLiteral("SELECT nip, id FROM employee"))) {
        while (query.next())
            ids.insert(query.value(0).toString(), query.value(1).toLongLong());
    }
    return ids;
}

int EmployeeRepository::count(const EmployeeFilter &filter) const
{
    const FilterSql sql = filterSql(filter);
    QSqlQuery query(m_database.connection());
    // Without the jabatan the count of the active employees is a scan of their partial index
    // (SQLite keeps the LEFT JOIN otherwise and reads the table: ~10 ms against ~300 ms at
    // 100,000 employees).
    query.prepare(QStringLiteral("SELECT count(*)") +
                  (sql.jabatan ? filterFrom : QStringLiteral(" FROM employee e")) + sql.where());
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
                       "e.tmt_jabatan, e.birth_date, e.left_on, e.left_to") +
        filterFrom +
        QStringLiteral(" LEFT JOIN org_unit u ON u.id = e.unit_id "
                       "LEFT JOIN org_unit o ON o.id = u.opd_id") +
        sql.where() + orderBy(sort, order) + QStringLiteral(" LIMIT ? OFFSET ?"));
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
        row.leftOn = toDate(query.value(14));
        row.leftTo = query.value(15).toString();
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

DatabaseError EmployeeRepository::setDeparture(qint64 employeeId,
                                               const EmployeeDeparture &departure)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("UPDATE employee SET unit_id = NULL, jabatan_id = NULL, "
                                 "left_on = ?, left_reason = ?, left_to = ?, left_decree = ? "
                                 "WHERE id = ?"));
    query.addBindValue(fromDate(departure.on));
    query.addBindValue(departure.isSet() ? QVariant(departureReasonCode(departure.reason))
                                         : QVariant());
    query.addBindValue(departure.isSet() ? fromText(departure.to) : QVariant());
    query.addBindValue(departure.isSet() ? fromText(departure.decree) : QVariant());
    query.addBindValue(employeeId);
    if (!query.exec())
        return m_database.errorFrom(query.lastError());
    if (query.numRowsAffected() != 1)
        return DatabaseError::make(DatabaseError::Kind::NotFound, m_database.path(),
                                   QStringLiteral("employee %1").arg(employeeId));
    return {};
}

DatabaseError EmployeeRepository::addJabatanHistory(JabatanHistoryEntry &entry)
{
    return insertHistory(m_database, m_insertJabatanHistory, entry);
}

DatabaseError EmployeeRepository::addPangkatHistory(PangkatHistoryEntry &entry)
{
    return insertHistory(m_database, m_insertPangkatHistory, entry);
}

DatabaseError EmployeeRepository::addSkpRating(SkpRating &rating)
{
    return insertHistory(m_database, m_insertSkp, rating);
}

DatabaseError EmployeeRepository::addDiklat(DiklatEntry &entry)
{
    return insertHistory(m_database, m_insertDiklat, entry);
}

DatabaseError EmployeeRepository::addSanction(Sanction &sanction)
{
    return insertHistory(m_database, m_insertSanction, sanction);
}

DatabaseError EmployeeRepository::updateHistory(const JabatanHistoryEntry &entry)
{
    return updateHistoryRow(m_database, entry);
}

DatabaseError EmployeeRepository::updateHistory(const PangkatHistoryEntry &entry)
{
    return updateHistoryRow(m_database, entry);
}

DatabaseError EmployeeRepository::updateHistory(const SkpRating &rating)
{
    return updateHistoryRow(m_database, rating);
}

DatabaseError EmployeeRepository::updateHistory(const DiklatEntry &entry)
{
    return updateHistoryRow(m_database, entry);
}

DatabaseError EmployeeRepository::updateHistory(const Sanction &sanction)
{
    return updateHistoryRow(m_database, sanction);
}

DatabaseError EmployeeRepository::deleteHistory(HistoryKind kind, qint64 employeeId, qint64 rowId)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("DELETE FROM ") + historyTableName(kind) +
                  QStringLiteral(" WHERE id = ? AND employee_id = ?"));
    query.addBindValue(rowId);
    query.addBindValue(employeeId);
    if (!query.exec())
        return m_database.errorFrom(query.lastError());
    return expectOneRow(m_database, query);
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

QList<SkpRating> EmployeeRepository::allSkpRatings() const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    QList<SkpRating> rows;
    if (query.exec(QStringLiteral("SELECT id, employee_id, year, predicate FROM skp_rating"))) {
        while (query.next())
            rows.append({query.value(0).toLongLong(), query.value(1).toLongLong(),
                         query.value(2).toInt(),
                         static_cast<SkpPredicate>(query.value(3).toInt())});
    }
    return rows;
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

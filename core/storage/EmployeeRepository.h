#pragma once

#include "DatabaseError.h"
#include "domain/Employee.h"
#include "domain/EmployeeHistory.h"

#include <QList>
#include <QSqlQuery>
#include <optional>

namespace Simutasi {

class Database;

// What the employee list shows for one row; read in pages, never all at once.
struct EmployeeListRow
{
    qint64 id = 0;
    QString nip;
    QString fullName;
    Gender gender = Gender::Unknown;
    EmployeeStatus status = EmployeeStatus::Pns;
    int golonganRank = 0;
    int pppkGrade = 0;
    QString jabatanName;
    QString unitName;
    QString opdName;
    QDate tmtJabatan;
    QDate birthDate;
};

// Which employees a list shows. Every criterion runs in SQL so it stays fast at 100,000 rows.
struct EmployeeFilter
{
    QString text;      // part of the name, or of the NIP in any spelling
    qint64 unitId = 0; // this unit and every unit below it; 0 = all
    std::optional<EmployeeStatus> status;

    bool operator==(const EmployeeFilter &) const = default;
};

enum class EmployeeSortKey
{
    Name,
    Nip,
    Gender,
    Status,
    Golongan,
    Jabatan,
    Unit,
    Opd,
    TmtJabatan,
    BirthDate
};

// Employees and their histories. Writes do not open a transaction: callers wrap them in one.
class EmployeeRepository
{
public:
    explicit EmployeeRepository(Database &database);

    DatabaseError insert(Employee &employee); // sets employee.id
    DatabaseError update(const Employee &employee);
    std::optional<Employee> byId(qint64 id) const;
    std::optional<Employee> byNip(const QString &nipDigits) const;

    int count(const EmployeeFilter &filter = {}) const;
    QList<EmployeeListRow> page(const EmployeeFilter &filter, EmployeeSortKey sort,
                                Qt::SortOrder order, int offset, int limit) const;
    int countInPost(qint64 unitId, qint64 jabatanId) const;

    DatabaseError addJabatanHistory(JabatanHistoryEntry &entry);
    DatabaseError addPangkatHistory(PangkatHistoryEntry &entry);
    DatabaseError addSkpRating(SkpRating &rating);
    DatabaseError addDiklat(DiklatEntry &entry);
    DatabaseError addSanction(Sanction &sanction);
    QList<JabatanHistoryEntry> jabatanHistory(qint64 employeeId) const;
    QList<PangkatHistoryEntry> pangkatHistory(qint64 employeeId) const;
    QList<SkpRating> skpRatings(qint64 employeeId) const;
    QList<DiklatEntry> diklat(qint64 employeeId) const;
    QList<Sanction> sanctions(qint64 employeeId) const;

    // The text the name/NIP search looks in: lower-case name with titles, and the NIP digits.
    static QString searchKey(const Employee &employee);

private:
    Database &m_database;
    mutable QSqlQuery m_insertEmployee;
    QSqlQuery m_insertJabatanHistory;
    QSqlQuery m_insertPangkatHistory;
    QSqlQuery m_insertSkp;
    QSqlQuery m_insertDiklat;
    QSqlQuery m_insertSanction;
};

} // namespace Simutasi

#pragma once

#include "DatabaseError.h"
#include "domain/Employee.h"
#include "domain/EmployeeHistory.h"

#include <QHash>
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
    QDate leftOn;   // null for an active employee
    QString leftTo; // the other instansi of a pindah keluar
};

// Which employees by their presence in the province: the active ones (the default of every
// list), the ones who left (pindah keluar, ...), or both.
enum class EmployeePresence
{
    Active,
    Departed,
    All
};

// Which employees a list shows. Every criterion runs in SQL so it stays fast at 100,000 rows;
// the criteria combine with AND.
struct EmployeeFilter
{
    QString text;      // part of the name, or of the NIP in any spelling
    qint64 unitId = 0; // this unit and every unit below it; 0 = all
    std::optional<EmployeeStatus> status = std::nullopt;
    std::optional<Gender> gender = std::nullopt;
    // Golongan ranks 1..17 (I/a..IV/e), both inclusive; 0 = open. A bound leaves out PPPK.
    int golonganFrom = 0;
    int golonganTo = 0;
    QList<JabatanType> jabatanTypes = {}; // the jabatan is of one of these types; empty = any
    // In the current post for rotationYears or longer: TMT jabatan <= reference - rotationYears.
    bool rotationDue = false;
    // Pensiun date (first day of the month after the birthday at the BUP of the jabatan type,
    // 58 without a jabatan) on or before reference + bupMonths; a date already past counts too.
    bool nearingBup = false;
    // Data incomplete: no education level or field, neither email nor phone, no jabatan or
    // unit, no TMT jabatan, or no SKP for last year although appointed (TMT CPNS in the NIP)
    // before last year.
    bool incomplete = false;
    QDate referenceDate = {}; // "today" of the date criteria; null = the current date
    int rotationYears = 5;
    int bupMonths = 12;
    EmployeePresence presence = EmployeePresence::Active; // who left is listed only on request

    bool operator==(const EmployeeFilter &) const = default;
};

// The history tables of an employee, for the operations they share.
enum class HistoryKind
{
    Jabatan,
    Pangkat,
    Skp,
    Diklat,
    Sanction
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
    // NIP digits -> id of every employee, in one query (imports match 100,000 rows against it).
    QHash<QString, qint64> idsByNip() const;

    int count(const EmployeeFilter &filter = {}) const;
    QList<EmployeeListRow> page(const EmployeeFilter &filter, EmployeeSortKey sort,
                                Qt::SortOrder order, int offset, int limit) const;
    int countInPost(qint64 unitId, qint64 jabatanId) const;
    // Records that the employee left the province: clears the post (a departed employee holds
    // none) and sets the departure. No transaction or audit of its own: the caller has both.
    DatabaseError setDeparture(qint64 employeeId, const EmployeeDeparture &departure);

    DatabaseError addJabatanHistory(JabatanHistoryEntry &entry);
    DatabaseError addPangkatHistory(PangkatHistoryEntry &entry);
    DatabaseError addSkpRating(SkpRating &rating);
    DatabaseError addDiklat(DiklatEntry &entry);
    DatabaseError addSanction(Sanction &sanction);
    // Change a stored history row in place (matched by id and employee).
    DatabaseError updateHistory(const JabatanHistoryEntry &entry);
    DatabaseError updateHistory(const PangkatHistoryEntry &entry);
    DatabaseError updateHistory(const SkpRating &rating);
    DatabaseError updateHistory(const DiklatEntry &entry);
    DatabaseError updateHistory(const Sanction &sanction);
    DatabaseError deleteHistory(HistoryKind kind, qint64 employeeId, qint64 rowId);
    QList<JabatanHistoryEntry> jabatanHistory(qint64 employeeId) const;
    QList<PangkatHistoryEntry> pangkatHistory(qint64 employeeId) const;
    QList<SkpRating> skpRatings(qint64 employeeId) const;
    QList<SkpRating> allSkpRatings() const;
    QList<DiklatEntry> diklat(qint64 employeeId) const;
    QList<Sanction> sanctions(qint64 employeeId) const;

    // The text the name/NIP search looks in: lower-case name with titles, and the NIP digits.
    static QString searchKey(const Employee &employee);
    // SQL for the pensiun date (ISO text) of the employee `e` holding the jabatan `j` (both
    // aliases must be in the query): the nearing-BUP filter and the reports share it.
    static QString pensiunDateSql();

private:
    Database &m_database;
    mutable QSqlQuery m_insertEmployee;
    mutable QSqlQuery m_selectById; // an import reads every known employee of its file
    QSqlQuery m_insertJabatanHistory;
    QSqlQuery m_insertPangkatHistory;
    QSqlQuery m_insertSkp;
    QSqlQuery m_insertDiklat;
    QSqlQuery m_insertSanction;
};

} // namespace Simutasi

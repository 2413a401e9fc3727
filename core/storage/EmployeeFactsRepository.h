#pragma once

#include "DatabaseError.h"
#include "domain/Assessment.h"
#include "domain/Employee.h"
#include "domain/EmployeeFlag.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <functional>

namespace Simutasi {

class Database;

// The columns of one employee that the eligibility rules, the job-person match and the talent
// grid read.
struct EmployeeFactsRow
{
    qint64 id = 0;
    EmployeeStatus status = EmployeeStatus::Pns;
    int golonganRank = 0; // 0 for PPPK
    qint64 jabatanId = 0;
    qint64 unitId = 0;
    qint64 opdId = 0;
    QDate tmtJabatan;
    QDate birthDate;
    QDate tmtCpns; // from NIP digits 9-14; null when they are not a year and month
    EducationLevel educationLevel = EducationLevel::Unknown;
    QString educationField;
};

// How an employee is named in lists of candidates and problems.
struct EmployeeLabel
{
    qint64 id = 0;
    QString nip; // grouped for display
    QString fullName;
    QString jabatanName;
    QString unitName;
    QString opdName;
};

// Which employees a bulk read covers: everybody, one OPD, or one employee.
struct EmployeeFactsScope
{
    qint64 opdId = 0;
    qint64 employeeId = 0;
};

// Bulk reads for the analyses: each method is one SQL statement over all employees in scope
// (no per-employee queries), handing each row to a visitor so that callers fill their own
// compact structures. Returns the error of the statement, if any.
class EmployeeFactsRepository
{
public:
    explicit EmployeeFactsRepository(Database &database);

    DatabaseError employees(const EmployeeFactsScope &scope,
                            const std::function<void(const EmployeeFactsRow &)> &visit) const;
    DatabaseError
    skpOfYear(const EmployeeFactsScope &scope, int year,
              const std::function<void(qint64 employeeId, int predicate)> &visit) const;
    // Employees serving a disciplinary sanction on `day`.
    DatabaseError sanctionedOn(const EmployeeFactsScope &scope, const QDate &day,
                               const std::function<void(qint64 employeeId)> &visit) const;
    // Study leave, service bond and pending processes running on `day`.
    DatabaseError flagsOn(const EmployeeFactsScope &scope, const QDate &day,
                          const std::function<void(qint64, EmployeeFlag::Kind)> &visit) const;
    DatabaseError competencyLevels(
        const EmployeeFactsScope &scope,
        const std::function<void(qint64 employeeId, qint64 competencyId, int level)> &visit) const;
    // Potential assessments up to `day`, oldest first per employee: the last one seen for an
    // employee is the latest.
    DatabaseError potentials(const EmployeeFactsScope &scope, const QDate &day,
                             const std::function<void(qint64, PotentialLevel)> &visit) const;

    // Names for the given employees (e.g. the visible page of a ranking), by id.
    QHash<qint64, EmployeeLabel> labels(const QList<qint64> &employeeIds) const;

private:
    Database &m_database;
};

} // namespace Simutasi

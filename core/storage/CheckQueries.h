#pragma once

#include "DatabaseError.h"
#include "domain/Employee.h"

#include <QDate>
#include <QStringList>
#include <functional>

namespace Simutasi {

class Database;

// What the consistency check needs to know about one employee, read in one pass.
struct CheckEmployeeRow
{
    qint64 id = 0;
    QString nip; // as stored
    QString fullName;
    Gender gender = Gender::Unknown;
    QDate birthDate;
    EmployeeStatus status = EmployeeStatus::Pns;
    int golonganRank = 0; // 0 when not set
    qint64 jabatanId = 0; // 0 when not set
    bool jabatanExists = false;
    QString jabatanName;
    int golonganMin = 0;
    int golonganMax = 0;
    qint64 unitId = 0; // 0 when not set
    bool unitExists = false;
    QString unitName;
    bool hasFormasi = false; // the unit has formasi (> 0) for the jabatan
    bool departed = false;   // left the province: holds no post on purpose
};

// The read-only queries behind the consistency check: a few whole-table queries instead of one
// query per employee, so that a check of 100,000 employees takes about a second.
class CheckQueries
{
public:
    explicit CheckQueries(Database &database);

    // Calls visit for every employee, in id order.
    DatabaseError forEachEmployee(const std::function<void(const CheckEmployeeRow &)> &visit) const;
    // SQLite's PRAGMA integrity_check: the problems it lists, none when the file is sound.
    DatabaseError integrityProblems(QStringList *problems) const;

private:
    Database &m_database;
};

} // namespace Simutasi

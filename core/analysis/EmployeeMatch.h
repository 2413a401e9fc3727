#pragma once

#include "JobPersonMatch.h"
#include "storage/DatabaseError.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace Simutasi {

class Database;

// The job-person match of one employee against one jabatan, with what the profile page shows:
// the percentage, every requirement as scored and the gap sentences of JobPersonMatch.
struct EmployeeMatchResult
{
    qint64 employeeId = 0;
    qint64 jabatanId = 0;
    QString jabatanName;
    double percent = 0;
    QList<JpmItem> items;
    QStringList itemNames; // what each item is ("Education level", a competency's name)
    QStringList gaps;      // the unmet items only
    int requirementCount() const { return int(items.size()); }
};

// Computes the JPM of one employee the same way as the ranking (JobPersonMatch over a
// CandidatePool), reading only that employee's facts.
class EmployeeMatch
{
    Q_DECLARE_TR_FUNCTIONS(EmployeeMatch)
public:
    static std::optional<EmployeeMatchResult> compute(Database &database, qint64 employeeId,
                                                      qint64 jabatanId, const QDate &referenceDate,
                                                      DatabaseError *error = nullptr);
    static QString itemName(const JpmItem &item, const VacancyProfile &vacancy);
};

} // namespace Simutasi

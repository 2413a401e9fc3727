#pragma once

#include "DatabaseError.h"

#include <QList>
#include <QString>
#include <array>

namespace Simutasi {

class Database;

// The data problems the data-quality board counts per OPD.
enum class DataQualityProblem
{
    IncompleteCompetency, // a competency required by the employee's jabatan is not assessed
    MissingSkp,           // no SKP for the year checked
    InconsistentNip,      // NIP birth date or gender digit disagrees with the record
    MissingEducationField
};
constexpr int DataQualityProblemCount = 4;

// Employees of one OPD and how many of them have each problem.
struct DataQualityCounts
{
    qint64 opdId = 0;
    int employees = 0;
    std::array<int, DataQualityProblemCount> problems{};

    int count(DataQualityProblem problem) const
    {
        return problems[static_cast<std::size_t>(problem)];
    }
};

// One employee with a problem, for the drill-down list.
struct DataQualityEmployee
{
    qint64 employeeId = 0;
    QString nip;
    QString fullName;
    QString jabatanName;
    QString unitName;
};

// Counts and lists employees with data problems. The summary and the drill-down share one SQL
// condition per problem, so a drill-down always lists exactly the employees counted.
// Competency data is complete when every competency the jabatan's requirement profile names is
// assessed; for a jabatan without a profile, when at least one competency is assessed.
class DataQualityRepository
{
public:
    explicit DataQualityRepository(Database &database);

    QList<DataQualityCounts> countsByOpd(int skpYear, DatabaseError *error = nullptr) const;
    QList<DataQualityEmployee> employees(qint64 opdId, DataQualityProblem problem, int skpYear,
                                         DatabaseError *error = nullptr) const;

private:
    Database &m_database;
};

} // namespace Simutasi

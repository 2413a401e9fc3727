#pragma once

#include "CandidateFacts.h"
#include "storage/DatabaseError.h"
#include "storage/EmployeeFactsRepository.h"

#include <QHash>
#include <QList>
#include <QStringList>
#include <span>
#include <vector>

namespace Simutasi {

class Database;

// A snapshot of the facts about every employee in scope as of a reference date, read with a few
// bulk queries. It does not depend on a vacancy, so one pool serves the ranking of any number
// of vacancies and the talent grid; reload it after the data changed. At 100,000 employees the
// load takes about 0.4 s and a ranking on the loaded pool about 10 ms (Release build), so a
// page loads one pool (off the GUI thread, with its own connection) and re-ranks from it.
class CandidatePool
{
public:
    struct LoadOptions
    {
        EmployeeFactsScope scope;
        bool competencies = true; // the job-person match needs them, the talent grid does not
        bool potentials = true;   // the talent grid needs them, the ranking does not
        int skpYears = 2;         // how many years before the reference year (max SkpYears)
        // Whether each post's surplus is marked (a ranking tie-breaker): it reads the staffing
        // of the whole province, which one employee's job-person match does not need.
        bool surplusPosts = true;
    };

    explicit CandidatePool(const QDate &referenceDate = QDate::currentDate());

    static CandidatePool load(Database &database, const QDate &referenceDate,
                              const LoadOptions &options, DatabaseError *error = nullptr);

    // Builds a pool by hand (tests, what-if): field is the education field text.
    void add(CandidateFacts facts, const QString &educationField,
             const QList<CompetencyLevel> &levels = {});

    QDate referenceDate() const { return m_referenceDate; }
    int skpYear(int index) const { return m_referenceDate.year() - 1 - index; } // index into skp
    int size() const { return int(m_candidates.size()); }
    const CandidateFacts &at(int index) const { return m_candidates[index]; }
    const QList<CandidateFacts> &candidates() const { return m_candidates; }
    std::span<const CompetencyLevel> levels(const CandidateFacts &facts) const;
    int indexOf(qint64 employeeId) const;

    // Education fields are compared trimmed and case-insensitively; each distinct one has an id.
    int fieldId(const QString &field) const;
    QString fieldName(int fieldId) const { return m_fieldNames.value(fieldId); }
    int fieldCount() const { return int(m_fieldNames.size()); }

private:
    int internField(const QString &field);
    int internNormalisedField(const QString &field);
    void index(qint64 employeeId, int position);
    DatabaseError loadEmployees(EmployeeFactsRepository &facts, const LoadOptions &options);
    DatabaseError loadSkp(EmployeeFactsRepository &facts, const LoadOptions &options);
    DatabaseError loadFlags(EmployeeFactsRepository &facts, const LoadOptions &options);
    DatabaseError loadLevels(EmployeeFactsRepository &facts, const LoadOptions &options);
    DatabaseError loadPotentials(EmployeeFactsRepository &facts, const LoadOptions &options);
    DatabaseError markSurplusPosts(Database &database);

    QDate m_referenceDate;
    QList<CandidateFacts> m_candidates;
    std::vector<CompetencyLevel> m_levels;
    // Employee id -> index: a plain vector while ids are dense (they are row ids), else a hash.
    std::vector<int> m_denseIndex;
    QHash<qint64, int> m_indexOfId;
    QStringList m_fieldNames;
    QHash<QString, int> m_fieldIds;       // by normalised text
    QHash<QString, int> m_fieldIdsByText; // by the text as stored: most rows hit this one
};

} // namespace Simutasi

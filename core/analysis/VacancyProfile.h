#pragma once

#include "domain/Jabatan.h"
#include "storage/DatabaseError.h"

#include <QList>
#include <QString>
#include <vector>

namespace Simutasi {

class CandidatePool;
class Database;

// A competency the target jabatan requires, with its name for the gap list.
struct RequiredCompetency
{
    qint64 competencyId = 0;
    QString name;
    int minLevel = 1;
    double weight = 1.0;
};

// How a transfer comes about: ordered by the agency, or asked for by the employee. Only the
// latter is barred in the first 10 years after the CPNS appointment (rule 8).
enum class TransferKind
{
    AgencyOrdered,
    SelfRequested
};

// The vacancy candidates are judged against: the target jabatan in a unit with its requirement
// profile (golongan range, education level and accepted fields, competencies). Accepted fields
// are resolved against a pool's field dictionary once, so judging a candidate compares ids.
class VacancyProfile
{
public:
    VacancyProfile(const Jabatan &jabatan, qint64 unitId,
                   const QList<RequiredCompetency> &competencies);

    // Reads the jabatan, its requirement profile and the competency names.
    static std::optional<VacancyProfile> load(Database &database, qint64 jabatanId, qint64 unitId,
                                              DatabaseError *error = nullptr);

    const Jabatan &jabatan() const { return m_jabatan; }
    qint64 unitId() const { return m_unitId; }
    const QList<RequiredCompetency> &competencies() const { return m_competencies; }

    bool requiresField() const { return !m_jabatan.educationFields.isEmpty(); }
    // Must be called with the pool before acceptsField() is asked about its field ids.
    void resolveFields(const CandidatePool &pool);
    bool acceptsField(int fieldId) const;

private:
    Jabatan m_jabatan;
    qint64 m_unitId = 0;
    QList<RequiredCompetency> m_competencies;
    std::vector<bool> m_acceptedFieldIds;
};

} // namespace Simutasi

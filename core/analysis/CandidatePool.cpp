#include "CandidatePool.h"

#include "storage/StaffingRepository.h"

#include <QSet>
#include <algorithm>

namespace Simutasi {

namespace {

QString fieldKey(const QString &field)
{
    return field.trimmed().toCaseFolded();
}

CandidateFacts::Flag flagOf(EmployeeFlag::Kind kind)
{
    switch (kind) {
    case EmployeeFlag::Kind::TugasBelajar:
        return CandidateFacts::TugasBelajar;
    case EmployeeFlag::Kind::IkatanDinas:
        return CandidateFacts::IkatanDinas;
    case EmployeeFlag::Kind::DisciplinaryProcess:
        return CandidateFacts::DisciplinaryProcess;
    case EmployeeFlag::Kind::CourtProcess:
        return CandidateFacts::CourtProcess;
    }
    return CandidateFacts::TugasBelajar;
}

} // namespace

CandidatePool::CandidatePool(const QDate &referenceDate)
    : m_referenceDate(referenceDate)
{}

CandidatePool CandidatePool::load(Database &database, const QDate &referenceDate,
                                  const LoadOptions &options, DatabaseError *error)
{
    CandidatePool pool(referenceDate);
    EmployeeFactsRepository facts(database);
    DatabaseError result = pool.loadEmployees(facts, options);
    if (!result)
        result = pool.loadSkp(facts, options);
    if (!result)
        result = pool.loadFlags(facts, options);
    if (!result && options.competencies)
        result = pool.loadLevels(facts, options);
    if (!result && options.potentials)
        result = pool.loadPotentials(facts, options);
    if (!result && options.surplusPosts)
        result = pool.markSurplusPosts(database);
    if (error)
        *error = result;
    return result ? CandidatePool(referenceDate) : pool;
}

void CandidatePool::add(CandidateFacts facts, const QString &educationField,
                        const QList<CompetencyLevel> &levels)
{
    facts.educationFieldId = internField(educationField);
    facts.firstLevel = int(m_levels.size());
    facts.levelCount = int(levels.size());
    m_levels.insert(m_levels.end(), levels.begin(), levels.end());
    index(facts.id, int(m_candidates.size()));
    m_candidates.append(facts);
}

void CandidatePool::index(qint64 employeeId, int position)
{
    // Ids of a registry are row ids 1..n; a hash takes over for a sparse or odd id.
    constexpr qint64 DenseSlack = 1024;
    if (employeeId > 0 && employeeId < 4 * qint64(m_candidates.size()) + DenseSlack) {
        if (qint64(m_denseIndex.size()) <= employeeId)
            m_denseIndex.resize(std::max<qint64>(employeeId + 1, 2 * m_denseIndex.size()), -1);
        m_denseIndex[employeeId] = position;
    } else {
        m_indexOfId.insert(employeeId, position);
    }
}

int CandidatePool::indexOf(qint64 employeeId) const
{
    if (employeeId > 0 && employeeId < qint64(m_denseIndex.size()) && m_denseIndex[employeeId] >= 0)
        return m_denseIndex[employeeId];
    return m_indexOfId.value(employeeId, -1);
}

std::span<const CompetencyLevel> CandidatePool::levels(const CandidateFacts &facts) const
{
    return std::span<const CompetencyLevel>(m_levels).subspan(facts.firstLevel, facts.levelCount);
}

int CandidatePool::fieldId(const QString &field) const
{
    return m_fieldIds.value(fieldKey(field), -1);
}

int CandidatePool::internField(const QString &field)
{
    const auto known = m_fieldIdsByText.constFind(field);
    if (known != m_fieldIdsByText.constEnd())
        return *known;
    const int id = internNormalisedField(field);
    m_fieldIdsByText.insert(field, id);
    return id;
}

int CandidatePool::internNormalisedField(const QString &field)
{
    if (field.trimmed().isEmpty())
        return -1;
    const QString key = fieldKey(field);
    auto it = m_fieldIds.constFind(key);
    if (it == m_fieldIds.constEnd()) {
        it = m_fieldIds.insert(key, int(m_fieldNames.size()));
        m_fieldNames.append(field.trimmed());
    }
    return *it;
}

DatabaseError CandidatePool::loadEmployees(EmployeeFactsRepository &facts,
                                           const LoadOptions &options)
{
    return facts.employees(options.scope, [this](const EmployeeFactsRow &row) {
        CandidateFacts c;
        c.id = row.id;
        c.jabatanId = row.jabatanId;
        c.unitId = row.unitId;
        c.opdId = row.opdId;
        c.tmtJabatan = row.tmtJabatan;
        c.birthDate = row.birthDate;
        c.tmtCpns = row.tmtCpns;
        c.status = row.status;
        c.educationLevel = row.educationLevel;
        c.golonganRank = row.golonganRank;
        c.educationFieldId = internField(row.educationField);
        index(c.id, int(m_candidates.size()));
        m_candidates.append(c);
    });
}

DatabaseError CandidatePool::loadSkp(EmployeeFactsRepository &facts, const LoadOptions &options)
{
    const int years = std::clamp(options.skpYears, 0, CandidateFacts::SkpYears);
    for (int index = 0; index < years; ++index) {
        const DatabaseError error =
            facts.skpOfYear(options.scope, skpYear(index), [&](qint64 id, int predicate) {
                const int at = indexOf(id);
                if (at >= 0)
                    m_candidates[at].skp[index] = quint8(predicate);
            });
        if (error)
            return error;
    }
    return {};
}

DatabaseError CandidatePool::loadFlags(EmployeeFactsRepository &facts, const LoadOptions &options)
{
    const auto setFlag = [this](qint64 id, CandidateFacts::Flag flag) {
        const int at = indexOf(id);
        if (at >= 0)
            m_candidates[at].flags |= flag;
    };
    if (DatabaseError error = facts.sanctionedOn(options.scope, m_referenceDate, [&](qint64 id) {
            setFlag(id, CandidateFacts::SanctionActive);
        }))
        return error;
    return facts.flagsOn(options.scope, m_referenceDate,
                         [&](qint64 id, EmployeeFlag::Kind kind) { setFlag(id, flagOf(kind)); });
}

DatabaseError CandidatePool::loadLevels(EmployeeFactsRepository &facts, const LoadOptions &options)
{
    // The rows come in storage order: gather them, then group them by candidate with a counting
    // sort so that each candidate's levels are one contiguous range.
    struct Row
    {
        int candidate;
        CompetencyLevel level;
    };
    std::vector<Row> rows;
    const DatabaseError error =
        facts.competencyLevels(options.scope, [&](qint64 id, qint64 competencyId, int level) {
            const int at = indexOf(id);
            if (at >= 0) {
                rows.push_back({at, {competencyId, level}});
                ++m_candidates[at].levelCount;
            }
        });
    if (error)
        return error;
    int next = int(m_levels.size());
    for (CandidateFacts &c : m_candidates) {
        c.firstLevel = next;
        next += c.levelCount;
    }
    m_levels.resize(next);
    std::vector<int> filled(m_candidates.size(), 0);
    for (const Row &row : rows) {
        const CandidateFacts &c = m_candidates[row.candidate];
        m_levels[c.firstLevel + filled[row.candidate]++] = row.level;
    }
    return {};
}

DatabaseError CandidatePool::loadPotentials(EmployeeFactsRepository &facts,
                                            const LoadOptions &options)
{
    return facts.potentials(options.scope, m_referenceDate,
                            [this](qint64 id, PotentialLevel potential) {
                                const int at = indexOf(id);
                                if (at >= 0)
                                    m_candidates[at].potential = potential;
                            });
}

DatabaseError CandidatePool::markSurplusPosts(Database &database)
{
    DatabaseError error;
    QSet<QPair<qint64, qint64>> surplus;
    for (const StaffingCell &cell : StaffingRepository(database).cells(&error)) {
        if (cell.bezetting > cell.formasi)
            surplus.insert({cell.unitId, cell.jabatanId});
    }
    for (CandidateFacts &c : m_candidates)
        c.inSurplusPost = surplus.contains({c.unitId, c.jabatanId});
    return error;
}

} // namespace Simutasi

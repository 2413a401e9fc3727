#pragma once

#include "ImportKind.h"
#include "domain/EmployeeHistory.h"

#include <QCoreApplication>
#include <QHash>

namespace Simutasi {

// An accepted SKP row: the rating to store and the one it replaces, if any.
struct SkpPlan
{
    SkpRating rating;
    std::optional<SkpPredicate> before;
};

// Import kind "skp": the yearly performance feed, one predicate per employee and year (NIP,
// Tahun, Predikat). A known employee and year is updated, a new year inserted; a NIP that is not
// in the registry is rejected, since SKP ratings never create employees.
class SkpImporter : public PlannedImportKind<SkpPlan>
{
    Q_DECLARE_TR_FUNCTIONS(SkpImporter)
public:
    QString name() const override { return QStringLiteral("skp"); }
    QList<ImportField> fields() const override;

protected:
    DatabaseError prepare(ImportSession &session) override;
    std::optional<Planned> plan(ImportRecord &record, ImportSession &session) override;
    DatabaseError write(const SkpPlan &plan, ImportSession &session) override;

private:
    qint64 readEmployee(ImportRecord &record) const;
    int readYear(ImportRecord &record) const;
    std::optional<SkpPredicate> readPredicate(ImportRecord &record) const;

    QHash<QString, qint64> m_idsByNip;
    QHash<QString, SkpPredicate> m_stored; // "employee id/year" -> predicate
};

} // namespace Simutasi

#pragma once

#include "ImportKind.h"
#include "ReferenceResolver.h"
#include "domain/OrgUnit.h"
#include "domain/Region.h"

#include <QCoreApplication>

namespace Simutasi {

// An accepted unit row: a new unit (as a planned reference) or the changed copy of a stored one.
struct UnitPlan
{
    std::optional<ReferenceResolver::Ref> created;
    std::optional<OrgUnit> before;
    OrgUnit after;
};

// Import kind "units": the organisation tree (Nama Unit, Induk/OPD, Jenis, Kode, Kabupaten/
// Kota, Terpencil). A unit is known by its name under its parent: a known one is updated (only
// mapped, non-empty cells), a new one is created below its parent, which may be defined by an
// earlier row of the same file. An empty parent means the top of the tree (below the province).
class UnitImporter : public PlannedImportKind<UnitPlan>
{
    Q_DECLARE_TR_FUNCTIONS(UnitImporter)
public:
    QString name() const override { return QStringLiteral("units"); }
    QList<ImportField> fields() const override;

protected:
    DatabaseError prepare(ImportSession &session) override;
    std::optional<Planned> plan(ImportRecord &record, ImportSession &session) override;
    DatabaseError write(const UnitPlan &plan, ImportSession &session) override;

private:
    void readDetails(ImportRecord &record, bool insideOpd, bool isNew, OrgUnit *unit) const;
    qint64 findRegion(const QString &text) const;
    DatabaseError auditChanges(const OrgUnit &before, const OrgUnit &after,
                               ImportSession &session) const;

    QList<Region> m_regions;
};

} // namespace Simutasi

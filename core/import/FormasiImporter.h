#pragma once

#include "ImportKind.h"
#include "ReferenceResolver.h"

#include <QCoreApplication>
#include <QHash>

namespace Simutasi {

// An accepted formasi row: which jabatan in which unit, how many, and the number it replaces.
struct FormasiPlan
{
    ReferenceResolver::Ref unit;
    ReferenceResolver::Ref jabatan;
    int required = 0;
    std::optional<int> before;
};

// Import kind "formasi": the required headcount of a jabatan in a unit from Anjab/ABK (Unit,
// OPD, Jabatan, Jenis Jabatan, Kebutuhan). Units and jabatan are named as in employee files and
// may be created the same way; a known unit and jabatan pair is updated.
class FormasiImporter : public PlannedImportKind<FormasiPlan>
{
    Q_DECLARE_TR_FUNCTIONS(FormasiImporter)
public:
    QString name() const override { return QStringLiteral("formasi"); }
    QList<ImportField> fields() const override;

protected:
    DatabaseError prepare(ImportSession &session) override;
    std::optional<Planned> plan(ImportRecord &record, ImportSession &session) override;
    DatabaseError write(const FormasiPlan &plan, ImportSession &session) override;

private:
    QHash<QString, int> m_stored; // "unit id/jabatan id" -> required
};

} // namespace Simutasi

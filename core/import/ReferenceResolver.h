#pragma once

#include "ImportRecord.h"
#include "domain/Jabatan.h"
#include "domain/OrgUnit.h"
#include "storage/DatabaseError.h"

#include <QCoreApplication>
#include <QHash>
#include <functional>
#include <optional>

namespace Simutasi {

class ImportAudit;
class OrgRepository;

// Finds the units, OPDs and jabatan that import rows name, by name and case-insensitively (a
// unit also as "Unit, OPD" or with an OPD column), and keeps a list of those the database lacks.
// With "create missing" such a name becomes a planned record, created the first time a row
// that needs it is written; without, the row is rejected. Shared by every kind that refers to
// units or jabatan, so that all of them resolve names the same way.
class ReferenceResolver
{
    Q_DECLARE_TR_FUNCTIONS(ReferenceResolver)
public:
    // A unit or jabatan a row refers to: one that exists, or one the import will create.
    struct Ref
    {
        qint64 id = 0;
        int planned = -1;
        bool isPlanned() const { return planned >= 0; }
        bool operator==(const Ref &) const = default;
    };

    ReferenceResolver(OrgRepository &org, bool createMissing);
    void load();

    // nullopt when both cells are empty, or when the row was rejected for the reference.
    std::optional<Ref> unit(ImportRecord &record, const QString &unitField,
                            const QString &opdField);
    std::optional<Ref> jabatan(ImportRecord &record, const QString &nameField,
                               const QString &typeField);
    const QList<MissingReference> &missing() const { return m_missing; }

    // For a file of units: the parent a row names, an existing unit (OPDs first) or one an
    // earlier row defines; nullopt for an empty cell (the top of the tree) or a rejected row.
    std::optional<Ref> parent(ImportRecord &record, const QString &field);
    // The existing unit called `name` directly below `parent` (the top when nullopt), or 0.
    qint64 childNamed(const std::optional<Ref> &parent, const QString &name) const;
    // A unit a row of the file defines, created when that row is written; later rows may name
    // it as their parent.
    Ref planDefinedUnit(const OrgUnit &unit, const std::optional<Ref> &parent);
    qint64 provinceId() const { return m_provinceId; }

    // Write phase: the id of the referenced record, creating it (and its OPD) when planned.
    DatabaseError unitId(const Ref &ref, ImportAudit &audit, qint64 *id);
    DatabaseError jabatanId(const Ref &ref, ImportAudit &audit, qint64 *id);
    int createdCount() const { return m_created; }

    QString unitName(qint64 id) const { return m_unitNames.value(id); }
    QString jabatanName(qint64 id) const { return m_jabatanNames.value(id); }
    // A stable text for a reference, to detect two rows naming the same record.
    static QString key(const Ref &ref);

private:
    struct PlannedUnit
    {
        OrgUnit unit;
        int parentPlanned = -1; // a planned OPD, or -1 for an existing parent / the root
        qint64 createdId = 0;
    };
    struct PlannedJabatan
    {
        Jabatan jabatan;
        qint64 createdId = 0;
    };

    std::optional<Ref> opd(ImportRecord &record, const QString &field, const QString &name);
    std::optional<Ref> unitIn(ImportRecord &record, const QString &field, const QString &name,
                              const std::optional<Ref> &opd, const QString &opdName);
    std::optional<Ref> pick(ImportRecord &record, const QString &field, const QString &name,
                            const QList<qint64> &candidates, const QString &opdName);
    Ref planOpd(const QString &name, int row);
    Ref planUnit(const QString &name, const std::optional<Ref> &opd, const QString &opdName,
                 int row);
    int noteMissing(MissingReference::Kind kind, const QString &name, const QString &parent,
                    const std::function<QString()> &guess, int row);
    std::optional<Ref> acceptPlanned(ImportRecord &record, const QString &field, Ref ref,
                                     const QString &reason);
    void remember(const OrgUnit &unit, qint64 opdId);

    OrgRepository &m_org;
    bool m_createMissing;
    qint64 m_provinceId = 0;
    QHash<QString, QList<qint64>> m_unitsByName; // lower-case name -> ids
    QHash<QString, QList<qint64>> m_opdsByName;
    QHash<qint64, qint64> m_opdOf;
    QHash<qint64, qint64> m_parentOf;
    QHash<QString, int> m_definedByName; // units the file defines, by lower-case name
    QHash<qint64, QDate> m_closedOn;
    QHash<qint64, QString> m_unitNames;
    QHash<QString, qint64> m_jabatanByName;
    QHash<qint64, QString> m_jabatanNames;
    QList<PlannedUnit> m_plannedUnits;
    QHash<QString, int> m_plannedUnitByKey;
    QList<PlannedJabatan> m_plannedJabatan;
    QHash<QString, int> m_plannedJabatanByKey;
    QList<MissingReference> m_missing;
    QHash<QString, int> m_missingByKey;
    int m_created = 0;
};

} // namespace Simutasi

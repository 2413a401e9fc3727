#pragma once

#include "RegistryWrite.h"
#include "domain/Jabatan.h"
#include "domain/OrgUnit.h"
#include "storage/AuditLog.h"
#include "storage/DatabaseError.h"
#include "storage/OrgRepository.h"

#include <QCoreApplication>
#include <QDate>
#include <functional>
#include <optional>

namespace Simutasi {

class Database;

// The changes an officer makes to the organisation tree, the jabatan catalogue and formasi.
// Each change is checked, written and recorded in the audit trail in ONE transaction, so a
// change and its audit entries are stored together or not at all. A refused change comes back
// as a Constraint error whose message says why, in words for the officer; a user without the
// role of DataAction::EditOrganisation gets the Forbidden error and nothing is written.
class OrgEditor
{
    Q_DECLARE_TR_FUNCTIONS(OrgEditor)
public:
    static inline const QString UnitEntity = QStringLiteral("org_unit");
    static inline const QString JabatanEntity = QStringLiteral("jabatan");
    static inline const QString FormasiEntity = QStringLiteral("formasi");

    OrgEditor(Database &database, const QString &user);

    // Sets unit.id. The parent must exist and be open; the name must be new among its siblings.
    DatabaseError addUnit(OrgUnit &unit);
    // Name, kind, code, region and remote flag; the place in the tree and the closing date are
    // changed by moveUnit(), closeUnit() and reopenUnit().
    DatabaseError updateUnit(const OrgUnit &unit);
    DatabaseError moveUnit(qint64 unitId, qint64 newParentId);
    // Closes the unit and every open unit below it; *closedIds lists them.
    DatabaseError closeUnit(qint64 unitId, const QDate &closedOn, QList<qint64> *closedIds);
    DatabaseError reopenUnit(qint64 unitId);
    // Only a unit nothing refers to (see removalBlocker()) may be removed.
    DatabaseError removeUnit(qint64 unitId);
    // Why the unit cannot be removed; empty when it can.
    QString removalBlocker(qint64 unitId) const;

    DatabaseError addJabatan(Jabatan &jabatan); // sets jabatan.id
    DatabaseError updateJabatan(const Jabatan &jabatan);
    DatabaseError setFormasi(qint64 unitId, qint64 jabatanId, int required);

    OrgRepository &repository() { return *m_org; }

private:
    DatabaseError inTransaction(const std::function<DatabaseError()> &change);
    QString siblingClash(const OrgUnit &unit) const;
    QString jabatanProblem(const Jabatan &jabatan) const;
    DatabaseError audit(const QString &action, const QString &entity, qint64 id,
                        const QList<FieldChange> &changes);

    Database &m_database;
    QString m_user;
    RegistryWrite m_write;
    // Re-made after a failed change: its cache of unit paths may name rolled-back units.
    std::optional<OrgRepository> m_org;
    AuditLog m_audit;
};

} // namespace Simutasi

#pragma once

#include "EmployeeRecord.h"
#include "RegistryWrite.h"
#include "storage/AuditLog.h"
#include "storage/DatabaseError.h"

#include <QCoreApplication>
#include <optional>

namespace Simutasi {

class Database;

// Saves what the employee dialog edits: the employee, the rows of their histories and one
// audit entry per changed field (old and new value), all in ONE transaction, so a failure
// leaves the employee, the histories and the audit trail exactly as they were. Saving needs the
// role of DataAction::EditEmployees (see RegistryWrite).
//
// Audit convention: every entry has the entity "employee" and the employee's id, so
// auditTrail() (AuditLog::entries on that entity and id) is the whole story of one person.
// Fields of the employee are named as the importer names them ("name", "unit", "tmt_jabatan");
// fields of a history row are "<history>[<row id>].<field>", e.g. "riwayat_jabatan[17].tmt"
// (see HistoryFields). The action is "create", "update" or "delete"; a deleted history row
// leaves one "delete" entry per field with its old value.
class EmployeeEditor
{
    Q_DECLARE_TR_FUNCTIONS(EmployeeEditor)
public:
    static inline const QString Entity = QStringLiteral("employee");

    EmployeeEditor(Database &database, const QString &user);

    std::optional<EmployeeRecord> load(qint64 employeeId) const;
    // The changed fields of the employee itself, valued as the audit trail stores them.
    QList<FieldChange> employeeChanges(const Employee &before, const Employee &after) const;
    // Whether saving `after` over `before` would change anything.
    bool hasChanges(const EmployeeRecord &before, const EmployeeRecord &after) const;
    // Why `record` cannot be saved, in words for the officer; empty when it can.
    QString problem(const EmployeeRecord &record) const;
    // Writes the differences between `before` (as loaded; an id of 0 for a new employee) and
    // `after`. On success `after` carries the ids given to new rows; on failure it is unchanged.
    DatabaseError save(const EmployeeRecord &before, EmployeeRecord &after);
    // The audit entries of the employee and its history rows, newest first.
    QList<AuditEntry> auditTrail(qint64 employeeId, int limit = 2000) const;

private:
    DatabaseError writeEmployee(const Employee &before, Employee &after);
    DatabaseError writeHistories(const EmployeeRecord &before, EmployeeRecord &after);
    QString referenceName(const QString &field, qint64 id) const;
    QList<FieldChange> withReferenceNames(QList<FieldChange> changes) const;
    QString historyProblem(const EmployeeRecord &record) const;

    Database &m_database;
    QString m_user;
    RegistryWrite m_write;
    AuditLog m_audit;
};

} // namespace Simutasi

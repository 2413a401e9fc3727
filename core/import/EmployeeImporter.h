#pragma once

#include "ImportKind.h"
#include "ReferenceResolver.h"
#include "domain/Employee.h"

#include <QCoreApplication>
#include <QHash>

namespace Simutasi {

// What an accepted employee row will store. The unit and jabatan may still have to be created,
// so they are kept as references until the row is written.
struct EmployeePlan
{
    Employee employee;
    std::optional<Employee> before; // the stored record, for an update
    std::optional<ReferenceResolver::Ref> unit;
    std::optional<ReferenceResolver::Ref> jabatan;
};

// Import kind "employees": one employee per row, matched by NIP (insert when new, update when
// known). Only mapped columns with a value change stored data: an unmapped column or an empty
// cell never erases what the registry holds, because exports leave out what they do not know.
// A row is rejected when its NIP is invalid or disagrees with its birth date or gender, when a
// value cannot be read, when the NIP repeats an earlier row, or when it names a unit or jabatan
// that does not exist and may not be created.
class EmployeeImporter : public PlannedImportKind<EmployeePlan>
{
    Q_DECLARE_TR_FUNCTIONS(EmployeeImporter)
public:
    QString name() const override { return QStringLiteral("employees"); }
    QList<ImportField> fields() const override;

protected:
    DatabaseError prepare(ImportSession &session) override;
    std::optional<Planned> plan(ImportRecord &record, ImportSession &session) override;
    DatabaseError write(const EmployeePlan &plan, ImportSession &session) override;

private:
    Nip readNip(ImportRecord &record, ImportSession &session) const;
    void readIdentity(ImportRecord &record, Employee *employee) const;
    void readBirth(ImportRecord &record, Employee *employee) const;
    void readRank(ImportRecord &record, bool isNew, Employee *employee) const;
    void readPost(ImportRecord &record, ImportSession &session, EmployeePlan *plan) const;
    void readEducationAndContact(ImportRecord &record, Employee *employee) const;
    void checkAgainstNip(ImportRecord &record, const Nip &nip, const Employee &employee) const;
    void completeNew(ImportRecord &record, const Nip &nip, Employee *employee) const;
    QDate readDate(ImportRecord &record, const QString &field) const;
    DatabaseError auditChanges(const Employee &before, const Employee &after,
                               ImportSession &session) const;

    QHash<QString, qint64> m_idsByNip;
};

} // namespace Simutasi

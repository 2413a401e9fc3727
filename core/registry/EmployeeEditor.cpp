#include "EmployeeEditor.h"

#include "HistoryFields.h"
#include "storage/Database.h"
#include "storage/EmployeeRepository.h"
#include "storage/OrgRepository.h"

#include <QSet>

namespace Simutasi {

namespace {

using HistoryFields::dateText;
using HistoryFields::Fields;

const QString JabatanField = QStringLiteral("jabatan");
const QString UnitField = QStringLiteral("unit");

QString golonganText(const Employee &e)
{
    if (e.golongan)
        return e.golongan->toString();
    return e.pppkGrade > 0 ? pppkGradeToString(e.pppkGrade) : QString();
}

QString idText(qint64 id)
{
    return id > 0 ? QString::number(id) : QString();
}

// The employee's audited fields; jabatan and unit as their ids until names are put in.
Fields employeeFields(const Employee &e)
{
    const QString education = e.educationLevel == EducationLevel::Unknown
                                  ? QString()
                                  : EducationLevels::code(e.educationLevel);
    return {{QStringLiteral("nip"), e.nip.digits()},
            {QStringLiteral("front_title"), e.frontTitle},
            {QStringLiteral("name"), e.name},
            {QStringLiteral("back_title"), e.backTitle},
            {QStringLiteral("gender"), genderCode(e.gender)},
            {QStringLiteral("birth_place"), e.birthPlace},
            {QStringLiteral("birth_date"), dateText(e.birthDate)},
            {QStringLiteral("status"), employeeStatusCode(e.status)},
            {QStringLiteral("golongan"), golonganText(e)},
            {QStringLiteral("tmt_golongan"), dateText(e.tmtGolongan)},
            {JabatanField, idText(e.jabatanId)},
            {UnitField, idText(e.unitId)},
            {QStringLiteral("tmt_jabatan"), dateText(e.tmtJabatan)},
            {QStringLiteral("education_level"), education},
            {QStringLiteral("education_field"), e.educationField},
            {QStringLiteral("email"), e.email},
            {QStringLiteral("phone"), e.phone}};
}

// The fields whose value differs, with both values; a missing side counts as empty.
QList<FieldChange> changesBetween(const Fields &before, const Fields &after)
{
    QList<FieldChange> changes;
    const Fields &names = after.isEmpty() ? before : after;
    for (qsizetype i = 0; i < names.size(); ++i) {
        const QString old = i < before.size() ? before.at(i).second : QString();
        const QString now = i < after.size() ? after.at(i).second : QString();
        if (old != now)
            changes.append({names.at(i).first, old, now});
    }
    return changes;
}

// The history row overloads of the repository's inserts, for the templates below.
DatabaseError insertRow(EmployeeRepository &r, JabatanHistoryEntry &row)
{
    return r.addJabatanHistory(row);
}
DatabaseError insertRow(EmployeeRepository &r, PangkatHistoryEntry &row)
{
    return r.addPangkatHistory(row);
}
DatabaseError insertRow(EmployeeRepository &r, SkpRating &row)
{
    return r.addSkpRating(row);
}
DatabaseError insertRow(EmployeeRepository &r, DiklatEntry &row)
{
    return r.addDiklat(row);
}
DatabaseError insertRow(EmployeeRepository &r, Sanction &row)
{
    return r.addSanction(row);
}

template<typename T>
const T *findRow(const QList<T> &rows, qint64 id)
{
    for (const T &row : rows) {
        if (row.id == id)
            return &row;
    }
    return nullptr;
}

template<typename T>
bool rowsDiffer(const QList<T> &a, const QList<T> &b)
{
    if (a.size() != b.size())
        return true;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (a.at(i).id != b.at(i).id || HistoryFields::of(a.at(i)) != HistoryFields::of(b.at(i)))
            return true;
    }
    return false;
}

// Writes one history list of one employee and audits every changed field of every row.
class HistoryWriter
{
public:
    HistoryWriter(EmployeeRepository &rows, AuditLog &audit, const QString &user, qint64 employeeId)
        : m_rows(rows)
        , m_audit(audit)
        , m_user(user)
        , m_employeeId(employeeId)
    {}

    template<typename T>
    DatabaseError write(const QList<T> &before, QList<T> &after)
    {
        if (DatabaseError error = removeMissing(before, after))
            return error;
        for (T &row : after) {
            row.employeeId = m_employeeId;
            if (DatabaseError error = writeRow(findRow(before, row.id), row))
                return error;
        }
        return {};
    }

private:
    template<typename T>
    DatabaseError removeMissing(const QList<T> &before, const QList<T> &after)
    {
        for (const T &row : before) {
            if (findRow(after, row.id))
                continue;
            const HistoryKind kind = HistoryFields::kindOf(row);
            if (DatabaseError error = m_rows.deleteHistory(kind, m_employeeId, row.id))
                return error;
            if (DatabaseError error =
                    audit(QStringLiteral("delete"), kind, row.id, HistoryFields::of(row), {}))
                return error;
        }
        return {};
    }

    template<typename T>
    DatabaseError writeRow(const T *old, T &row)
    {
        const HistoryKind kind = HistoryFields::kindOf(row);
        if (!old) {
            if (DatabaseError error = insertRow(m_rows, row))
                return error;
            return audit(QStringLiteral("create"), kind, row.id, {}, HistoryFields::of(row));
        }
        const Fields oldFields = HistoryFields::of(*old);
        const Fields newFields = HistoryFields::of(row);
        if (oldFields == newFields)
            return {};
        if (DatabaseError error = m_rows.updateHistory(row))
            return error;
        return audit(QStringLiteral("update"), kind, row.id, oldFields, newFields);
    }

    DatabaseError audit(const QString &action, HistoryKind kind, qint64 rowId, const Fields &before,
                        const Fields &after)
    {
        QList<FieldChange> changes = changesBetween(before, after);
        for (FieldChange &change : changes)
            change.field = HistoryFields::auditField(kind, rowId, change.field);
        if (changes.isEmpty())
            return {};
        return m_audit.appendChanges(m_user, action, EmployeeEditor::Entity, m_employeeId, changes);
    }

    EmployeeRepository &m_rows;
    AuditLog &m_audit;
    const QString &m_user;
    qint64 m_employeeId;
};

} // namespace

EmployeeEditor::EmployeeEditor(Database &database, const QString &user)
    : m_database(database)
    , m_user(user)
    , m_write(database, DataAction::EditEmployees)
    , m_audit(database)
{}

std::optional<EmployeeRecord> EmployeeEditor::load(qint64 employeeId) const
{
    EmployeeRepository repository(m_database);
    const std::optional<Employee> employee = repository.byId(employeeId);
    if (!employee)
        return std::nullopt;
    return EmployeeRecord{*employee,
                          repository.jabatanHistory(employeeId),
                          repository.pangkatHistory(employeeId),
                          repository.skpRatings(employeeId),
                          repository.diklat(employeeId),
                          repository.sanctions(employeeId)};
}

QString EmployeeEditor::referenceName(const QString &field, qint64 id) const
{
    OrgRepository org(m_database);
    if (field == UnitField) {
        const std::optional<OrgUnit> unit = org.unit(id);
        return unit ? unit->name : QString();
    }
    const std::optional<Jabatan> jabatan = org.jabatan(id);
    return jabatan ? jabatan->name : QString();
}

// Unit and jabatan names repeat ("Sekretariat" in every OPD): "name #id", as the import writes.
QList<FieldChange> EmployeeEditor::withReferenceNames(QList<FieldChange> changes) const
{
    const auto named = [this](const QString &field, const QString &id) {
        return id.isEmpty() ? id
                            : referenceName(field, id.toLongLong()) + QStringLiteral(" #") + id;
    };
    for (FieldChange &change : changes) {
        if (change.field == JabatanField || change.field == UnitField) {
            change.oldValue = named(change.field, change.oldValue);
            change.newValue = named(change.field, change.newValue);
        }
    }
    return changes;
}

QList<FieldChange> EmployeeEditor::employeeChanges(const Employee &before,
                                                   const Employee &after) const
{
    return withReferenceNames(changesBetween(employeeFields(before), employeeFields(after)));
}

bool EmployeeEditor::hasChanges(const EmployeeRecord &before, const EmployeeRecord &after) const
{
    return employeeFields(before.employee) != employeeFields(after.employee) ||
           rowsDiffer(before.jabatanHistory, after.jabatanHistory) ||
           rowsDiffer(before.pangkatHistory, after.pangkatHistory) ||
           rowsDiffer(before.skpRatings, after.skpRatings) ||
           rowsDiffer(before.diklat, after.diklat) || rowsDiffer(before.sanctions, after.sanctions);
}

QString EmployeeEditor::problem(const EmployeeRecord &record) const
{
    const Employee &e = record.employee;
    if (!e.nip.isValid())
        return tr("The NIP is not valid: %1").arg(e.nip.errorMessage());
    if (e.name.trimmed().isEmpty())
        return tr("The name is missing.");
    if (e.gender == Gender::Unknown)
        return tr("The gender is missing.");
    if (!e.birthDate.isValid())
        return tr("The date of birth is missing.");
    const std::optional<Employee> holder = EmployeeRepository(m_database).byNip(e.nip.digits());
    if (holder && holder->id != e.id)
        return tr("The NIP %1 already belongs to %2.").arg(e.nip.formatted(), holder->fullName());
    return historyProblem(record);
}

QString EmployeeEditor::historyProblem(const EmployeeRecord &record) const
{
    for (const JabatanHistoryEntry &row : record.jabatanHistory) {
        if (!row.tmt.isValid())
            return tr("A row of the riwayat jabatan has no TMT.");
    }
    for (const PangkatHistoryEntry &row : record.pangkatHistory) {
        if (!row.golongan.isValid() || !row.tmt.isValid())
            return tr("A row of the riwayat pangkat needs a golongan and a TMT.");
    }
    QSet<int> years;
    for (const SkpRating &row : record.skpRatings) {
        if (years.contains(row.year))
            return tr("The SKP of %1 is entered twice.").arg(row.year);
        years.insert(row.year);
    }
    for (const DiklatEntry &row : record.diklat) {
        if (row.name.trimmed().isEmpty())
            return tr("A diklat row has no name.");
    }
    for (const Sanction &row : record.sanctions) {
        if (!row.startDate.isValid())
            return tr("A hukuman disiplin row has no start date.");
    }
    return {};
}

DatabaseError EmployeeEditor::save(const EmployeeRecord &before, EmployeeRecord &after)
{
    EmployeeRecord working = after;
    const DatabaseError result = m_write.run([&]() -> DatabaseError {
        if (const QString reason = problem(working); !reason.isEmpty())
            return m_write.refuse(reason);
        if (DatabaseError error = writeEmployee(before.employee, working.employee))
            return error;
        return writeHistories(before, working);
    });
    if (!result)
        after = working;
    return result;
}

DatabaseError EmployeeEditor::writeEmployee(const Employee &before, Employee &after)
{
    EmployeeRepository repository(m_database);
    if (after.id == 0) {
        if (DatabaseError error = repository.insert(after))
            return error;
        // A new record: every field that has a value, from nothing.
        return m_audit.appendChanges(m_user, QStringLiteral("create"), Entity, after.id,
                                     withReferenceNames(changesBetween({}, employeeFields(after))));
    }
    // Someone else (another officer, an import) may have saved this employee meanwhile.
    const std::optional<Employee> stored = repository.byId(after.id);
    if (!stored)
        return m_write.refuse(tr("This employee is no longer in the database."));
    if (employeeFields(*stored) != employeeFields(before))
        return m_write.refuse(
            tr("This employee was changed elsewhere after you opened it. Close the "
               "dialog and open the employee again to see the current data."));
    const QList<FieldChange> changes = employeeChanges(before, after);
    if (changes.isEmpty())
        return {};
    if (DatabaseError error = repository.update(after))
        return error;
    return m_audit.appendChanges(m_user, QStringLiteral("update"), Entity, after.id, changes);
}

DatabaseError EmployeeEditor::writeHistories(const EmployeeRecord &before, EmployeeRecord &after)
{
    EmployeeRepository rows(m_database);
    HistoryWriter writer(rows, m_audit, m_user, after.employee.id);
    DatabaseError error = writer.write(before.jabatanHistory, after.jabatanHistory);
    if (!error)
        error = writer.write(before.pangkatHistory, after.pangkatHistory);
    if (!error)
        error = writer.write(before.skpRatings, after.skpRatings);
    if (!error)
        error = writer.write(before.diklat, after.diklat);
    if (!error)
        error = writer.write(before.sanctions, after.sanctions);
    return error;
}

QList<AuditEntry> EmployeeEditor::auditTrail(qint64 employeeId, int limit) const
{
    AuditFilter filter;
    filter.entity = Entity;
    filter.entityId = employeeId;
    filter.limit = limit;
    return AuditLog(m_database).entries(filter);
}

} // namespace Simutasi

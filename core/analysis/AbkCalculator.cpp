#include "AbkCalculator.h"

#include "storage/AbkRepository.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/OrgRepository.h"
#include "storage/Transaction.h"
#include "workflow/Permissions.h"

#include <QHash>
#include <cmath>

namespace Simutasi {

namespace {

constexpr double MinutesPerHour = 60.0;
// Workloads are sums of products of decimals: a result meant to be exactly x.5 may come out a
// hair below it. Anything this close to the half counts as the half.
constexpr double RoundingTolerance = 1e-9;

// The audited fields of a task; a removed or added task compares with an empty one.
QList<FieldChange> taskChanges(const AbkTask &before, const AbkTask &after)
{
    QList<FieldChange> changes;
    const auto add = [&changes](const char *field, const QString &old, const QString &now) {
        if (old != now)
            changes.append({QString::fromLatin1(field), old, now});
    };
    const auto number = [](const AbkTask &t, double value) {
        return t.name.isEmpty() && t.id == 0 ? QString() : QString::number(value);
    };
    add("name", before.name, after.name);
    add("output_unit", before.outputUnit, after.outputUnit);
    add("yearly_volume", number(before, before.yearlyVolume), number(after, after.yearlyVolume));
    add("minutes_per_unit", number(before, before.minutesPerUnit),
        number(after, after.minutesPerUnit));
    return changes;
}

} // namespace

QString AbkCalculator::effectiveHoursKey()
{
    return QStringLiteral("abk/effective_hours");
}

double AbkCalculator::effectiveHours(const Database &database)
{
    bool ok = false;
    const double hours = database.setting(effectiveHoursKey()).toDouble(&ok);
    return ok && hours > 0 ? hours : DefaultEffectiveHours;
}

DatabaseError AbkCalculator::setEffectiveHours(Database &database, double hours,
                                               const QString &user)
{
    if (DatabaseError refusal = Permissions::requireCurrent(database, DataAction::EditOrganisation))
        return refusal;
    if (!(hours > 0))
        return DatabaseError::make(DatabaseError::Kind::Constraint, database.path(),
                                   QStringLiteral("effective hours must be positive"));
    Transaction transaction(database);
    if (transaction.error())
        return transaction.error();
    const QString before = database.setting(effectiveHoursKey());
    const QString after = QString::number(hours);
    if (before == after)
        return transaction.commit();
    if (DatabaseError error = database.setSetting(effectiveHoursKey(), after))
        return error;
    if (DatabaseError error = AuditLog(database).appendChanges(
            user, QStringLiteral("update"), QStringLiteral("app_setting"), 0,
            {{effectiveHoursKey(), before, after}}))
        return error;
    return transaction.commit();
}

DatabaseError AbkCalculator::saveTasks(Database &database, qint64 unitId, qint64 jabatanId,
                                       QList<AbkTask> &tasks, const QString &user)
{
    if (DatabaseError refusal = Permissions::requireCurrent(database, DataAction::EditOrganisation))
        return refusal;
    for (const AbkTask &task : std::as_const(tasks)) {
        if (task.name.trimmed().isEmpty() || task.yearlyVolume < 0 || task.minutesPerUnit < 0)
            return DatabaseError::make(DatabaseError::Kind::Constraint, database.path(),
                                       QStringLiteral("an ABK task needs a name, a volume and a "
                                                      "time standard of at least 0"));
    }
    Transaction transaction(database);
    if (transaction.error())
        return transaction.error();
    AbkRepository repository(database);
    AuditLog audit(database);
    QHash<qint64, AbkTask> stored;
    for (const AbkTask &task : repository.tasks(unitId, jabatanId))
        stored.insert(task.id, task);
    for (AbkTask &task : tasks) {
        task.unitId = unitId;
        task.jabatanId = jabatanId;
        const auto it = stored.constFind(task.id);
        if (task.id == 0 || it == stored.constEnd()) {
            task.id = 0;
            if (DatabaseError error = repository.addTask(task))
                return error;
            if (DatabaseError error =
                    audit.appendChanges(user, QStringLiteral("create"), QStringLiteral("abk_task"),
                                        task.id, taskChanges(AbkTask{}, task)))
                return error;
            continue;
        }
        const QList<FieldChange> changes = taskChanges(*it, task);
        stored.remove(task.id);
        if (changes.isEmpty())
            continue;
        if (DatabaseError error = repository.updateTask(task))
            return error;
        if (DatabaseError error = audit.appendChanges(user, QStringLiteral("update"),
                                                      QStringLiteral("abk_task"), task.id, changes))
            return error;
    }
    for (const AbkTask &gone : std::as_const(stored)) {
        if (DatabaseError error = repository.removeTask(gone.id))
            return error;
        if (DatabaseError error =
                audit.appendChanges(user, QStringLiteral("delete"), QStringLiteral("abk_task"),
                                    gone.id, taskChanges(gone, AbkTask{})))
            return error;
    }
    return transaction.commit();
}

int AbkCalculator::roundNeed(double exactNeed)
{
    if (!(exactNeed > 0))
        return 0;
    const int rounded = int(std::floor(exactNeed + 0.5 + RoundingTolerance));
    return std::max(1, rounded);
}

AbkResult AbkCalculator::compute(const QList<AbkTask> &tasks, double effectiveHours)
{
    AbkResult result;
    result.effectiveHours = effectiveHours > 0 ? effectiveHours : DefaultEffectiveHours;
    double minutes = 0;
    for (const AbkTask &task : tasks)
        minutes += task.yearlyMinutes();
    result.workloadHours = minutes / MinutesPerHour;
    result.exactNeed = result.workloadHours / result.effectiveHours;
    result.needed = roundNeed(result.exactNeed);
    return result;
}

DatabaseError AbkCalculator::adoptAsFormasi(Database &database, qint64 unitId, qint64 jabatanId,
                                            int needed, const QString &user)
{
    if (DatabaseError refusal = Permissions::requireCurrent(database, DataAction::EditOrganisation))
        return refusal;
    Transaction transaction(database);
    if (transaction.error())
        return transaction.error();
    OrgRepository org(database);
    const std::optional<int> before = org.formasiRequired(unitId, jabatanId);
    if (DatabaseError error = org.setFormasi({unitId, jabatanId, needed}))
        return error;
    // Formasi has no id of its own: the entry names the unit and, in the field, the jabatan.
    const FieldChange change{QStringLiteral("required/jabatan_id=%1").arg(jabatanId),
                             before ? QString::number(*before) : QString(),
                             QString::number(needed)};
    if (DatabaseError error = AuditLog(database).appendChanges(
            user, QStringLiteral("abk_adopt"), QStringLiteral("formasi"), unitId, {change}))
        return error;
    return transaction.commit();
}

} // namespace Simutasi

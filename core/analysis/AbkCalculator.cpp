#include "AbkCalculator.h"

#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/OrgRepository.h"
#include "storage/Transaction.h"

#include <cmath>

namespace Simutasi {

namespace {

constexpr double MinutesPerHour = 60.0;
// Workloads are sums of products of decimals: a result meant to be exactly x.5 may come out a
// hair below it. Anything this close to the half counts as the half.
constexpr double RoundingTolerance = 1e-9;

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

DatabaseError AbkCalculator::setEffectiveHours(Database &database, double hours)
{
    if (!(hours > 0))
        return DatabaseError::make(DatabaseError::Kind::Constraint, database.path(),
                                   QStringLiteral("effective hours must be positive"));
    return database.setSetting(effectiveHoursKey(), QString::number(hours));
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

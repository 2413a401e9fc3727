#pragma once

#include "domain/AbkTask.h"
#include "session/Session.h"
#include "storage/DatabaseError.h"

#include <QList>
#include <QString>

namespace Simutasi {

class Database;

struct AbkResult
{
    double workloadHours = 0;  // Σ volume × time standard, in hours per year
    double effectiveHours = 0; // effective working hours per employee per year
    double exactNeed = 0;      // workloadHours / effectiveHours
    int needed = 0;            // rounded, see AbkCalculator
};

// Analisis beban kerja: needed headcount = Σ(volume × time standard) ÷ effective working hours
// per year (1,250 h by default, a database setting). Rounding follows Anjab practice: to the
// nearest whole person with halves rounded up (1.5 -> 2, 1.49 -> 1), and at least 1 whenever
// there is any workload (a task that exists needs someone). No workload gives 0.
// The writers (effective hours, tasks, adopting the need as formasi) need the role of
// DataAction::EditOrganisation (Permissions::requireCurrent); refused, they write nothing.
class AbkCalculator
{
public:
    static constexpr double DefaultEffectiveHours = 1250.0;
    static QString effectiveHoursKey(); // the app_setting key

    static double effectiveHours(const Database &database);
    // Stores the database-wide effective hours, audited (entity "app_setting").
    static DatabaseError setEffectiveHours(Database &database, double hours,
                                           const QString &user = Session::userName());

    // Replaces the ABK tasks of the jabatan in the unit by `tasks` in one transaction: tasks with
    // an id are updated, those without are added, stored ones not in the list are removed. Each
    // change is audited (entity "abk_task"). Every task must have a name, a volume and a time
    // standard of at least 0. Sets the ids of added tasks.
    static DatabaseError saveTasks(Database &database, qint64 unitId, qint64 jabatanId,
                                   QList<AbkTask> &tasks,
                                   const QString &user = Session::userName());

    static AbkResult compute(const QList<AbkTask> &tasks, double effectiveHours);
    static int roundNeed(double exactNeed);

    // Sets the formasi of the jabatan in the unit to `needed` and records the change in the
    // audit log, in one transaction. `user` is who adopted it.
    static DatabaseError adoptAsFormasi(Database &database, qint64 unitId, qint64 jabatanId,
                                        int needed, const QString &user = Session::userName());
};

} // namespace Simutasi

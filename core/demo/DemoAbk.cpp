#include "DemoAbk.h"

#include "DemoCompetencyCatalog.h"
#include "DemoOrganization.h"
#include "DemoRandom.h"
#include "storage/AbkRepository.h"

#include <cmath>

namespace Simutasi {

namespace {

constexpr int EffectiveHours = 1250;     // the default the calculator uses
constexpr int MinWorkloadPermille = 800; // the workload found, against the formasi
constexpr int MaxWorkloadPermille = 1350;

// Posts whose jabatan name contains the keyword, spread evenly over the province.
QList<int> choosePosts(const DemoOrganization &organization, const char *keyword, int count)
{
    QList<int> matching;
    for (int i = 0; i < organization.posts().size(); ++i) {
        const DemoOrganization::PostPlan &post = organization.posts().at(i);
        const QString &name = organization.jabatans().at(post.jabatan).jabatan.name;
        if (post.required > 0 && name.contains(QLatin1String(keyword)))
            matching.append(i);
    }
    QList<int> chosen;
    for (int k = 0; k < count && k < matching.size(); ++k)
        chosen.append(
            matching.at(k * matching.size() / std::min<qsizetype>(count, matching.size())));
    return chosen;
}

} // namespace

DemoAbk::DemoAbk(const DemoOrganization &organization, DemoRandom &random)
    : m_organization(organization)
    , m_random(random)
{}

DatabaseError DemoAbk::write(Database &database)
{
    AbkRepository repository(database);
    for (const DemoCompetencyCatalog::AbkTemplate &spec : DemoCompetencyCatalog::abkTemplates()) {
        for (const int index : choosePosts(m_organization, spec.keyword, spec.posts)) {
            const DemoOrganization::PostPlan &post = m_organization.posts().at(index);
            const qint64 minutes = qint64(post.required) * EffectiveHours * 60 *
                                   m_random.between(MinWorkloadPermille, MaxWorkloadPermille) /
                                   1000;
            for (const DemoCompetencyCatalog::AbkTaskSpec &taskSpec : spec.tasks) {
                AbkTask task;
                task.unitId = m_organization.units().at(post.unit).unit.id;
                task.jabatanId = m_organization.jabatans().at(post.jabatan).jabatan.id;
                task.name = QString::fromLatin1(taskSpec.name);
                task.outputUnit = QString::fromLatin1(taskSpec.outputUnit);
                task.minutesPerUnit = taskSpec.minutes;
                task.yearlyVolume =
                    std::round(double(minutes) * taskSpec.sharePermille / 1000 / taskSpec.minutes);
                if (DatabaseError error = repository.addTask(task))
                    return error;
                ++m_tasks;
            }
        }
    }
    return {};
}

} // namespace Simutasi

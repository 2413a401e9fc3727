#pragma once

#include <QSqlDatabase>
#include <QStringList>

namespace Simutasi {

// The numbered steps that build the schema. Step N turns a version N-1 database into version
// N; the schema version is SQLite's PRAGMA user_version. Steps are only ever appended: a step
// that has shipped is never edited, so every old file upgrades the same way.
namespace Migrations {

struct Step
{
    int version;
    const char *title;
    QStringList statements;
};

const QList<Step> &steps();
int latestVersion();

// Simutasi's PRAGMA application_id ("SIMU"), so a foreign SQLite file is recognised.
constexpr int ApplicationId = 0x53494D55;

} // namespace Migrations
} // namespace Simutasi

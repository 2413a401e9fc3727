#include "Settings.h"

#include <QFileInfo>

namespace Simutasi {

Settings::Settings()
    : m_store(std::make_unique<QSettings>())
{}

Settings::Settings(std::unique_ptr<QSettings> store)
    : m_store(std::move(store))
{}

void Settings::noteDatabaseOpened(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList recent = value(SettingKeys::RecentDatabases);
    recent.removeAll(absolute);
    recent.prepend(absolute);
    while (recent.size() > MaxRecentDatabases)
        recent.removeLast();
    setValue(SettingKeys::RecentDatabases, recent);
    setValue(SettingKeys::LastDatabase, absolute);
}

} // namespace Simutasi

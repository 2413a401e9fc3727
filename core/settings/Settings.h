#pragma once

#include <QByteArray>
#include <QSettings>
#include <QString>
#include <QStringList>
#include <QVariantMap>
#include <memory>

namespace Simutasi {

// A typed key of the per-user settings, with its default. Every key is declared once, in
// SettingKeys below, so defaults live in one place.
template<typename T>
struct SettingKey
{
    const char *name;
    T defaultValue;
};

namespace SettingKeys {
inline const SettingKey<QString> Language{"ui/language", QStringLiteral("id")}; // "id" or "en"
inline const SettingKey<QString> LastDatabase{"files/lastDatabase", QString()};
inline const SettingKey<QStringList> RecentDatabases{"files/recentDatabases", QStringList()};
inline const SettingKey<QByteArray> MainWindowGeometry{"ui/mainWindowGeometry", QByteArray()};
inline const SettingKey<QByteArray> MainWindowState{"ui/mainWindowState", QByteArray()};
inline const SettingKey<QByteArray> EmployeeTableHeader{"ui/employeeTableHeader", QByteArray()};
inline const SettingKey<int> DemoEmployeeCount{"demo/employeeCount", 5000};
// The import wizard's column choices: "kind|header signature" -> ColumnMapping JSON text.
inline const SettingKey<QVariantMap> ImportMappings{"import/mappings", QVariantMap()};
inline const SettingKey<QString> ImportDirectory{"import/lastDirectory", QString()};
} // namespace SettingKeys

// The one registry of per-user settings over QSettings. Database-wide configuration (rules,
// templates) is not here: it lives in the database, see Database::setting().
class Settings
{
public:
    static constexpr int MaxRecentDatabases = 8;

    Settings();                                          // the user's settings
    explicit Settings(std::unique_ptr<QSettings> store); // e.g. an INI file in a test

    template<typename T>
    T value(const SettingKey<T> &key) const
    {
        const QVariant stored = m_store->value(QLatin1String(key.name));
        return stored.isValid() ? stored.value<T>() : key.defaultValue;
    }

    template<typename T>
    void setValue(const SettingKey<T> &key, const T &value)
    {
        m_store->setValue(QLatin1String(key.name), QVariant::fromValue(value));
    }

    // Puts `path` first in the recent list (once), and remembers it as the last database.
    void noteDatabaseOpened(const QString &path);
    void sync() { m_store->sync(); }

private:
    std::unique_ptr<QSettings> m_store;
};

} // namespace Simutasi

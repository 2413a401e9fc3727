#pragma once

#include "settings/Settings.h"

#include <QDate>
#include <QString>
#include <QStringList>
#include <QWidget>
#include <functional>
#include <memory>

namespace Simutasi::Test {

// Per-user settings kept in an INI file of the test's own, never the developer's.
std::unique_ptr<Settings> settingsIn(const QString &iniPath);

// Processes events until `condition` holds or `timeoutMs` passes; returns the condition.
bool waitUntil(const std::function<bool()> &condition, int timeoutMs = 5000);

// Collects the warnings QAbstractItemModelTester reports while it lives.
class ModelTesterLog
{
public:
    ModelTesterLog();
    ~ModelTesterLog();
    ModelTesterLog(const ModelTesterLog &) = delete;
    ModelTesterLog &operator=(const ModelTesterLog &) = delete;
    QStringList failures() const;
};

// Writes a small registry with `employees` employees into a new database file. Names, titles,
// statuses and NIPs vary by index; employee i has the NIP nipOf(i).
void buildSmallRegistry(const QString &path, int employees);
QString nipOf(int index);
QString nameOf(int index);     // without titles
QString fullNameOf(int index); // with titles

// A demo province from DemoGenerator, with a fixed reference date.
void buildDemoDatabase(const QString &path, int employees);
// A demo province of `employees` built once per test run and shared by the tests that ask for
// that size: copy it before changing anything in it.
QString sharedDemoDatabase(int employees);
// Answers the next log-in dialog (through DialogSeams) with `name` and `password`, by default the
// demo password of that account (its name and "123"); rejected when the log-in fails.
void queueLogIn(const QString &name, const QString &password = {});
// File ▸ Log out / switch user in `window`, logging in again as the demo account `name`.
void switchUser(QWidget &window, const QString &name);
inline const QDate DemoReferenceDate{2026, 11, 27};

} // namespace Simutasi::Test

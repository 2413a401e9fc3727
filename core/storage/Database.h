#pragma once

#include "DatabaseError.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <memory>

namespace Simutasi {

// One open Simutasi database file (SQLite through Qt SQL). Opening checks the file before
// touching it, refuses damaged, foreign, newer, read-only and locked files with a clear error,
// and upgrades older schemas step by step after writing a backup copy next to the file.
// A Database belongs to the thread that opened it (a Qt SQL rule).
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)
public:
    enum class OpenMode
    {
        OpenExisting,
        CreateIfMissing
    };

    struct Options
    {
        OpenMode mode = OpenMode::CreateIfMissing;
        int busyTimeoutMs = 5000; // how long to wait for another program's lock
        bool integrityCheck = true;
    };

    static std::unique_ptr<Database> open(const QString &path, const Options &options,
                                          DatabaseError *error);
    static std::unique_ptr<Database> open(const QString &path, DatabaseError *error)
    {
        return open(path, Options{}, error);
    }

    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    QString path() const { return m_path; }
    QSqlDatabase connection() const;
    int schemaVersion() const;
    static int latestSchemaVersion();
    // The copy written before this open upgraded the schema; empty when no upgrade ran.
    QString backupPath() const { return m_backupPath; }

    DatabaseError errorFrom(const QSqlError &error) const
    {
        return DatabaseError::fromSql(error, m_path);
    }

    // Database-wide configuration (rules, templates): one key/value table.
    QString setting(const QString &key, const QString &fallback = {}) const;
    DatabaseError setSetting(const QString &key, const QString &value);

private:
    Database(const QString &path, const QString &connectionName);
    DatabaseError initialize(const Options &options);
    DatabaseError checkIntegrity();
    DatabaseError migrate();

    QString m_path;
    QString m_connectionName;
    QString m_backupPath;
};

} // namespace Simutasi

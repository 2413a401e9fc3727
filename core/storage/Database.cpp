#include "Database.h"

#include "Migrations.h"

#include <QAtomicInt>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>

namespace Simutasi {

namespace {

QString nextConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("simutasi-%1").arg(counter.fetchAndAddRelaxed(1));
}

// Looks at the file's first bytes only, so a stranger's file is never opened for writing.
bool hasSqliteHeader(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    return file.read(16) == QByteArrayLiteral("SQLite format 3\0");
}

DatabaseError checkFileBeforeOpening(const QString &path, Database::OpenMode mode)
{
    const QFileInfo info(path);
    if (!info.exists()) {
        if (mode == Database::OpenMode::OpenExisting)
            return DatabaseError::make(DatabaseError::Kind::NotFound, path);
        if (!QFileInfo(info.absolutePath()).isWritable())
            return DatabaseError::make(DatabaseError::Kind::ReadOnly, path);
        return {};
    }
    if (info.size() > 0 && !hasSqliteHeader(path))
        return DatabaseError::make(DatabaseError::Kind::NotADatabase, path);
    // WAL needs to create -wal and -shm files beside the database.
    if (!info.isWritable() || !QFileInfo(info.absolutePath()).isWritable())
        return DatabaseError::make(DatabaseError::Kind::ReadOnly, path);
    return {};
}

} // namespace

Database::Database(const QString &path, const QString &connectionName)
    : m_path(path)
    , m_connectionName(connectionName)
{}

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

std::unique_ptr<Database> Database::open(const QString &path, const Options &options,
                                         DatabaseError *error)
{
    const QString absolutePath = QFileInfo(path).absoluteFilePath();
    DatabaseError result = checkFileBeforeOpening(absolutePath, options.mode);
    std::unique_ptr<Database> database;
    if (!result) {
        database.reset(new Database(absolutePath, nextConnectionName()));
        result = database->initialize(options);
        if (result)
            database.reset();
    }
    if (error)
        *error = result;
    return database;
}

DatabaseError Database::initialize(const Options &options)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(m_path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(options.busyTimeoutMs));
    if (!db.open())
        return errorFrom(db.lastError());

    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA foreign_keys = ON")))
        return errorFrom(query.lastError());
    if (options.integrityCheck) {
        if (DatabaseError error = checkIntegrity())
            return error;
    }
    if (schemaVersion() > Migrations::latestVersion())
        return DatabaseError::make(DatabaseError::Kind::NewerSchema, m_path,
                                   QStringLiteral("user_version %1").arg(schemaVersion()));
    // journal_mode is the first write: it reports a read-only file or a foreign lock.
    if (!query.exec(QStringLiteral("PRAGMA journal_mode = WAL")))
        return errorFrom(query.lastError());
    query.finish(); // an unfinished statement would block the migrations' COMMIT
    return migrate();
}

DatabaseError Database::checkIntegrity()
{
    QSqlQuery query(connection());
    // Reading the schema is the first real access: an encrypted or garbage file fails here.
    if (!query.exec(QStringLiteral("PRAGMA quick_check")))
        return errorFrom(query.lastError());
    if (!query.next() || query.value(0).toString() != u"ok") {
        const QString detail = query.isValid() ? query.value(0).toString() : QString();
        return DatabaseError::make(DatabaseError::Kind::Corrupt, m_path, detail);
    }
    if (!query.exec(QStringLiteral("PRAGMA application_id")) || !query.next())
        return errorFrom(query.lastError());
    const int applicationId = query.value(0).toInt();
    if (!query.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) || !query.next())
        return errorFrom(query.lastError());
    const bool hasTables = query.value(0).toInt() > 0;
    if (hasTables && applicationId != Migrations::ApplicationId)
        return DatabaseError::make(DatabaseError::Kind::ForeignDatabase, m_path);
    return {};
}

DatabaseError Database::migrate()
{
    const int current = schemaVersion();
    if (current == Migrations::latestVersion())
        return {};

    QSqlQuery query(connection());
    if (current > 0) {
        const QString stamp =
            QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
        m_backupPath = QStringLiteral("%1.v%2-backup-%3.db").arg(m_path).arg(current).arg(stamp);
        query.prepare(QStringLiteral("VACUUM INTO ?"));
        query.addBindValue(m_backupPath);
        if (!query.exec())
            return errorFrom(query.lastError());
    }

    for (const Migrations::Step &step : Migrations::steps()) {
        if (step.version <= current)
            continue;
        if (!query.exec(QStringLiteral("BEGIN IMMEDIATE")))
            return errorFrom(query.lastError());
        bool ok = true;
        for (const QString &statement : step.statements) {
            if (!query.exec(statement)) {
                ok = false;
                break;
            }
        }
        ok = ok && query.exec(
                       QStringLiteral("PRAGMA application_id = %1").arg(Migrations::ApplicationId));
        ok = ok && query.exec(QStringLiteral("PRAGMA user_version = %1").arg(step.version));
        ok = ok && query.exec(QStringLiteral("COMMIT"));
        if (!ok) {
            const DatabaseError error = errorFrom(query.lastError());
            query.exec(QStringLiteral("ROLLBACK"));
            return error;
        }
    }
    return {};
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

int Database::schemaVersion() const
{
    QSqlQuery query(connection());
    if (query.exec(QStringLiteral("PRAGMA user_version")) && query.next())
        return query.value(0).toInt();
    return -1;
}

int Database::latestSchemaVersion()
{
    return Migrations::latestVersion();
}

QString Database::setting(const QString &key, const QString &fallback) const
{
    QSqlQuery query(connection());
    query.prepare(QStringLiteral("SELECT value FROM app_setting WHERE key = ?"));
    query.addBindValue(key);
    if (query.exec() && query.next())
        return query.value(0).toString();
    return fallback;
}

DatabaseError Database::setSetting(const QString &key, const QString &value)
{
    QSqlQuery query(connection());
    query.prepare(QStringLiteral("INSERT INTO app_setting (key, value) VALUES (?, ?) "
                                 "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    query.addBindValue(key);
    query.addBindValue(value);
    if (!query.exec())
        return errorFrom(query.lastError());
    return {};
}

} // namespace Simutasi

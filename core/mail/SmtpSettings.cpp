#include "SmtpSettings.h"

#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/Transaction.h"
#include "workflow/Permissions.h"

namespace Simutasi {

namespace {

constexpr int MaxPort = 65535;

QString key(const char *name)
{
    return QStringLiteral("smtp/") + QLatin1String(name);
}

} // namespace

QString SmtpSettings::securityCode(Security security)
{
    switch (security) {
    case Security::None:
        return QStringLiteral("none");
    case Security::Tls:
        return QStringLiteral("tls");
    case Security::StartTls:
        break;
    }
    return QStringLiteral("starttls");
}

SmtpSettings::Security SmtpSettings::securityFromCode(const QString &code)
{
    if (code == u"none")
        return Security::None;
    if (code == u"tls")
        return Security::Tls;
    return Security::StartTls;
}

SmtpSettings SmtpSettings::load(const Database &database)
{
    SmtpSettings s;
    s.host = database.setting(key("host"));
    bool ok = false;
    const int port = database.setting(key("port")).toInt(&ok);
    if (ok && port > 0 && port <= MaxPort)
        s.port = port;
    s.security = securityFromCode(database.setting(key("security")));
    s.user = database.setting(key("user"));
    s.password = database.setting(key("password"));
    s.fromAddress = database.setting(key("from_address"));
    s.fromName = database.setting(key("from_name"), QStringLiteral("BKD Provinsi Wanggar"));
    const int timeout = database.setting(key("timeout_seconds")).toInt(&ok);
    if (ok && timeout > 0)
        s.timeoutSeconds = timeout;
    return s;
}

DatabaseError SmtpSettings::save(Database &database, const QString &user) const
{
    if (DatabaseError refusal = Permissions::requireCurrent(database, DataAction::EditSettings))
        return refusal;
    if (port <= 0 || port > MaxPort)
        return DatabaseError::make(DatabaseError::Kind::Constraint, database.path(),
                                   tr("The SMTP port must be between 1 and %1.").arg(MaxPort));
    Transaction transaction(database);
    if (!transaction.isActive())
        return transaction.error();
    const QList<std::pair<QString, QString>> values{
        {key("host"), host},
        {key("port"), QString::number(port)},
        {key("security"), securityCode(security)},
        {key("user"), this->user},
        {key("password"), password},
        {key("from_address"), fromAddress},
        {key("from_name"), fromName},
        {key("timeout_seconds"), QString::number(timeoutSeconds)},
    };
    QList<FieldChange> changes;
    for (const auto &[name, value] : values) {
        const QString old = database.setting(name);
        if (old == value)
            continue;
        if (const DatabaseError error =
                database.setSetting(name, value.isNull() ? QStringLiteral("") : value))
            return error;
        // The audit trail must not become a copy of the password.
        if (name == key("password"))
            changes.append({name, QStringLiteral("***"), QStringLiteral("*** (changed)")});
        else
            changes.append({name, old, value});
    }
    if (!changes.isEmpty()) {
        AuditLog audit(database);
        if (const DatabaseError error = audit.appendChanges(
                user, QStringLiteral("update"), QStringLiteral("app_setting"), 0, changes))
            return error;
    }
    return transaction.commit();
}

} // namespace Simutasi

#pragma once

#include "storage/DatabaseError.h"

#include <QCoreApplication>
#include <QString>

namespace Simutasi {

class Database;

// The SMTP server notifications go through. Database-wide (app_setting), like the decree
// templates, because every officer sends from the same BKD mailbox. The password is kept there
// too, in clear text: protect the database file accordingly.
struct SmtpSettings
{
    Q_DECLARE_TR_FUNCTIONS(SmtpSettings)
public:
    enum class Security
    {
        None,     // plain SMTP (a relay on the local network, or a test server)
        StartTls, // smtp:// upgraded with STARTTLS, required
        Tls       // smtps://, TLS from the first byte
    };

    QString host;
    int port = 587;
    Security security = Security::StartTls;
    QString user;
    QString password;
    QString fromAddress; // "bkd@wanggarprov.go.id"
    QString fromName;    // "BKD Provinsi Wanggar"
    int timeoutSeconds = 30;

    bool isConfigured() const { return !host.isEmpty() && !fromAddress.isEmpty(); }
    static QString securityCode(Security security); // "none", "starttls", "tls"
    static Security securityFromCode(const QString &code);

    static SmtpSettings load(const Database &database);
    // Stores the settings and audits the change (the password only as "changed"). Needs the
    // role of DataAction::EditSettings; refused, nothing is written.
    DatabaseError save(Database &database, const QString &user) const;
};

} // namespace Simutasi

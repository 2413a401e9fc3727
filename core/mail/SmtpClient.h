#pragma once

#include "MailMessage.h"
#include "SmtpSettings.h"

#include <QString>

namespace Simutasi {

// Sends one e-mail through SMTP with libcurl (plain, STARTTLS or TLS, with or without login),
// as a MIME message: the text, then the attachments in base64.
class SmtpClient
{
public:
    struct Result
    {
        bool sent = false;
        QString error; // curl's and the server's words when not sent
    };

    explicit SmtpClient(const SmtpSettings &settings);
    Result send(const MailMessage &message) const;

    // Header text as RFC 2047 asks: unchanged when ASCII, else "=?UTF-8?B?...?=".
    static QString encodeHeaderWord(const QString &text);

private:
    SmtpSettings m_settings;
};

} // namespace Simutasi

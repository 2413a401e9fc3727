#include "SmtpClient.h"

#include <QDateTime>
#include <QLocale>
#include <curl/curl.h>
#include <memory>
#include <mutex>

namespace Simutasi {

namespace {

void initializeCurl()
{
    static std::once_flag once;
    std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

struct CurlDeleter
{
    void operator()(CURL *curl) const { curl_easy_cleanup(curl); }
};
struct MimeDeleter
{
    void operator()(curl_mime *mime) const { curl_mime_free(mime); }
};
struct ListDeleter
{
    void operator()(curl_slist *list) const { curl_slist_free_all(list); }
};
using ListPtr = std::unique_ptr<curl_slist, ListDeleter>;

void append(ListPtr &list, const QString &line)
{
    const QByteArray bytes = line.toUtf8();
    list.reset(curl_slist_append(list.release(), bytes.constData()));
}

QString mailbox(const QString &name, const QString &address)
{
    if (name.isEmpty())
        return u'<' + address + u'>';
    return SmtpClient::encodeHeaderWord(name) + QStringLiteral(" <") + address + u'>';
}

QString rfc2822Date()
{
    return QLocale::c().toString(QDateTime::currentDateTimeUtc(),
                                 QStringLiteral("ddd, dd MMM yyyy HH:mm:ss '+0000'"));
}

} // namespace

SmtpClient::SmtpClient(const SmtpSettings &settings)
    : m_settings(settings)
{}

QString SmtpClient::encodeHeaderWord(const QString &text)
{
    bool ascii = true;
    for (const QChar c : text)
        ascii = ascii && c.unicode() >= 0x20 && c.unicode() < 0x7f;
    if (ascii)
        return text;
    return QStringLiteral("=?UTF-8?B?") + QString::fromLatin1(text.toUtf8().toBase64()) +
           QStringLiteral("?=");
}

SmtpClient::Result SmtpClient::send(const MailMessage &message) const
{
    initializeCurl();
    std::unique_ptr<CURL, CurlDeleter> curl(curl_easy_init());
    if (!curl)
        return {false, QStringLiteral("curl_easy_init failed")};
    CURL *handle = curl.get();
    const bool tls = m_settings.security == SmtpSettings::Security::Tls;
    const QByteArray url =
        QStringLiteral("%1://%2:%3")
            .arg(tls ? QStringLiteral("smtps") : QStringLiteral("smtp"), m_settings.host)
            .arg(m_settings.port)
            .toUtf8();
    curl_easy_setopt(handle, CURLOPT_URL, url.constData());
    if (m_settings.security == SmtpSettings::Security::StartTls)
        curl_easy_setopt(handle, CURLOPT_USE_SSL, long(CURLUSESSL_ALL));
    const QByteArray user = m_settings.user.toUtf8();
    const QByteArray password = m_settings.password.toUtf8();
    if (!m_settings.user.isEmpty()) {
        curl_easy_setopt(handle, CURLOPT_USERNAME, user.constData());
        curl_easy_setopt(handle, CURLOPT_PASSWORD, password.constData());
    }
    const QByteArray from = (u'<' + m_settings.fromAddress + u'>').toUtf8();
    curl_easy_setopt(handle, CURLOPT_MAIL_FROM, from.constData());
    ListPtr recipients;
    append(recipients, u'<' + message.to + u'>');
    curl_easy_setopt(handle, CURLOPT_MAIL_RCPT, recipients.get());

    ListPtr headers;
    append(headers, QStringLiteral("Date: ") + rfc2822Date());
    append(headers,
           QStringLiteral("From: ") + mailbox(m_settings.fromName, m_settings.fromAddress));
    append(headers, QStringLiteral("To: ") + mailbox(message.toName, message.to));
    append(headers, QStringLiteral("Subject: ") + encodeHeaderWord(message.subject));
    if (!message.messageId.isEmpty())
        append(headers, QStringLiteral("Message-ID: <") + message.messageId + u'>');
    curl_easy_setopt(handle, CURLOPT_HTTPHEADER, headers.get());

    std::unique_ptr<curl_mime, MimeDeleter> mime(curl_mime_init(handle));
    const QByteArray body = message.body.toUtf8();
    curl_mimepart *text = curl_mime_addpart(mime.get());
    curl_mime_data(text, body.constData(), size_t(body.size()));
    curl_mime_type(text, "text/plain; charset=UTF-8");
    curl_mime_encoder(text, "quoted-printable");
    for (const MailAttachment &attachment : message.attachments) {
        curl_mimepart *part = curl_mime_addpart(mime.get());
        curl_mime_data(part, attachment.data.constData(), size_t(attachment.data.size()));
        curl_mime_filename(part, attachment.fileName.toUtf8().constData());
        curl_mime_type(part, attachment.mimeType.toUtf8().constData());
        curl_mime_encoder(part, "base64");
    }
    curl_easy_setopt(handle, CURLOPT_MIMEPOST, mime.get());
    curl_easy_setopt(handle, CURLOPT_CONNECTTIMEOUT, long(m_settings.timeoutSeconds));
    curl_easy_setopt(handle, CURLOPT_TIMEOUT, long(m_settings.timeoutSeconds) * 4);
    curl_easy_setopt(handle, CURLOPT_NOSIGNAL, 1L);
    char errorBuffer[CURL_ERROR_SIZE] = {};
    curl_easy_setopt(handle, CURLOPT_ERRORBUFFER, errorBuffer);

    const CURLcode code = curl_easy_perform(handle);
    if (code == CURLE_OK)
        return {true, {}};
    long response = 0;
    curl_easy_getinfo(handle, CURLINFO_RESPONSE_CODE, &response);
    QString error = QString::fromUtf8(errorBuffer).trimmed();
    if (error.isEmpty())
        error = QString::fromUtf8(curl_easy_strerror(code));
    if (response > 0)
        error += QStringLiteral(" (SMTP %1)").arg(response);
    return {false, error};
}

} // namespace Simutasi

#include "SmtpSink.h"
#include "mail/SmtpClient.h"

#include <catch2/catch.hpp>

using namespace Simutasi;

namespace {

MailMessage letter(const QString &to)
{
    MailMessage message;
    message.messageId = QStringLiteral("decree-1-line-1@simutasi");
    message.to = to;
    message.toName = QStringLiteral("Siti Aminah");
    message.subject = QStringLiteral("Pemberitahuan Pemindahan – SK 800.1.3.1/0125/BKD/XI/2026");
    message.body = QStringLiteral("Yth. Saudari Siti Aminah,\nterlampir petikan keputusan.\n");
    message.attachments.append({QStringLiteral("petikan-001.pdf"),
                                QStringLiteral("application/pdf"),
                                QByteArray("%PDF-1.4 petikan\n%%EOF\n")});
    return message;
}

} // namespace

TEST_CASE("SMTP delivers a message with its attachment to a real server", "[mail][smtp]")
{
    Test::SmtpSink sink;
    REQUIRE(sink.isRunning());
    INFO(sink.startError().toStdString());
    const SmtpClient client(Test::localSmtp(sink.port()));
    const SmtpClient::Result result = client.send(letter(QStringLiteral("siti@example.test")));
    INFO(result.error.toStdString());
    REQUIRE(result.sent);
    const QStringList received = sink.messages();
    REQUIRE(received.size() == 1);
    const QString &raw = received.first();
    CHECK(raw.contains(QStringLiteral("X-Envelope-To: siti@example.test")));
    CHECK(raw.contains(QStringLiteral("Message-ID: <decree-1-line-1@simutasi>")));
    CHECK(raw.contains(QStringLiteral("Subject: =?UTF-8?B?")));
    CHECK(raw.contains(QStringLiteral("petikan-001.pdf")));
    CHECK(raw.contains(QStringLiteral("application/pdf")));
    // The PDF travels in base64.
    CHECK(raw.contains(QString::fromLatin1(QByteArray("%PDF-1.4 petikan\n%%EOF\n").toBase64())));
}

TEST_CASE("SMTP reports the server's reason for a refusal", "[mail][smtp]")
{
    Test::SmtpSink sink;
    REQUIRE(sink.isRunning());
    const SmtpClient client(Test::localSmtp(sink.port()));
    const SmtpClient::Result result = client.send(letter(QStringLiteral("reject@example.test")));
    CHECK_FALSE(result.sent);
    CHECK(result.error.contains(QStringLiteral("550")));
    CHECK(sink.messages().isEmpty());
}

TEST_CASE("SMTP fails with a reason when the server is down", "[mail][smtp]")
{
    const SmtpClient client(Test::localSmtp(Test::closedPort()));
    const SmtpClient::Result result = client.send(letter(QStringLiteral("siti@example.test")));
    CHECK_FALSE(result.sent);
    CHECK_FALSE(result.error.isEmpty());
}

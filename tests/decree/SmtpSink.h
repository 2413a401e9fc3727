#pragma once

#include "mail/MailQueue.h"
#include "mail/SmtpSettings.h"

#include <QDir>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace Simutasi::Test {

// A real SMTP server for a test: python3-aiosmtpd (tests/decree/smtp_sink.py) on 127.0.0.1 at
// a free port, writing each accepted message into a directory. Stopped when destroyed.
class SmtpSink
{
public:
    SmtpSink();
    ~SmtpSink();
    SmtpSink(const SmtpSink &) = delete;
    SmtpSink &operator=(const SmtpSink &) = delete;

    bool isRunning() const { return m_port > 0; }
    int port() const { return m_port; }
    QString startError() const { return m_error; }
    // The raw messages received so far (headers and MIME body), oldest first.
    QStringList messages() const;

private:
    QTemporaryDir m_dir;
    QProcess m_process;
    int m_port = 0;
    QString m_error;
};

// A port on 127.0.0.1 where nothing listens (a server that is down).
int closedPort();

// Plain SMTP to 127.0.0.1:port, from the BKD's address; and a queue sender through it.
SmtpSettings localSmtp(int port);
MailQueue::Sender smtpSender(const SmtpSettings &settings);

} // namespace Simutasi::Test

#include "SmtpSink.h"

#include "mail/SmtpClient.h"

#include <QFile>
#include <QFileInfo>

namespace Simutasi::Test {

namespace {

// Debian's python3 has python3-aiosmtpd; a python3 earlier on PATH (pyenv, venv) may not.
QString python()
{
    const QString system = QStringLiteral("/usr/bin/python3");
    return QFileInfo::exists(system) ? system : QStringLiteral("python3");
}

} // namespace

SmtpSink::SmtpSink()
{
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    m_process.start(python(), {QStringLiteral(SIMUTASI_SOURCE_DIR "/tests/decree/smtp_sink.py"),
                               QStringLiteral("--dir"), m_dir.path()});
    if (!m_process.waitForStarted(10000)) {
        m_error = m_process.errorString();
        return;
    }
    QByteArray output;
    while (!output.contains('\n') && m_process.waitForReadyRead(15000))
        output += m_process.readAllStandardOutput();
    if (output.startsWith("READY "))
        m_port = output.mid(6).trimmed().toInt();
    else
        m_error = QString::fromUtf8(output + m_process.readAllStandardError());
}

SmtpSink::~SmtpSink()
{
    m_process.closeWriteChannel(); // the server stops when its standard input closes
    if (!m_process.waitForFinished(5000)) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

QStringList SmtpSink::messages() const
{
    QStringList list;
    const QDir dir(m_dir.path());
    const QStringList files = dir.entryList({QStringLiteral("*.eml")}, QDir::Files, QDir::Name);
    for (const QString &name : files) {
        QFile file(dir.filePath(name));
        if (file.open(QIODevice::ReadOnly))
            list.append(QString::fromUtf8(file.readAll()));
    }
    return list;
}

int closedPort()
{
    // The sink's own probe: start one, note its port, stop it; nothing listens there now.
    int port = 0;
    {
        SmtpSink sink;
        port = sink.port();
    }
    return port;
}

SmtpSettings localSmtp(int port)
{
    SmtpSettings settings;
    settings.host = QStringLiteral("127.0.0.1");
    settings.port = port;
    settings.security = SmtpSettings::Security::None;
    settings.fromAddress = QStringLiteral("bkd@wanggarprov.go.id");
    settings.fromName = QStringLiteral("BKD Provinsi Wanggar");
    settings.timeoutSeconds = 10;
    return settings;
}

MailQueue::Sender smtpSender(const SmtpSettings &settings)
{
    return [settings](const MailMessage &message) {
        const SmtpClient::Result result = SmtpClient(settings).send(message);
        return result.sent ? QString() : result.error;
    };
}

} // namespace Simutasi::Test

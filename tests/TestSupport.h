#pragma once

#include <QString>
#include <QTemporaryDir>

namespace Simutasi::Test {

// A temporary directory that lives for one test, with a helper to name files in it.
class TempDir
{
public:
    TempDir();
    QString path(const QString &fileName) const;
    bool isValid() const { return m_dir.isValid(); }

private:
    QTemporaryDir m_dir;
};

// Path of a file under tests/fixtures.
QString fixturePath(const QString &fileName);

// Runs simutasi-cli with the arguments; returns its exit code and fills stdout/stderr.
int runCli(const QStringList &arguments, QString *out = nullptr, QString *err = nullptr,
           const QByteArray &stdinData = {});

} // namespace Simutasi::Test

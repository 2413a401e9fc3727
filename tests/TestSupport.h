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

#include "storage/DatabaseError.h"

#include <catch2/catch.hpp>

// Lets Catch print a DatabaseError's message when an assertion on it fails.
namespace Catch {
template<>
struct StringMaker<Simutasi::DatabaseError>
{
    static std::string convert(const Simutasi::DatabaseError &error)
    {
        return error.isError()
                   ? (error.message + QStringLiteral(" [") + error.detail + QStringLiteral("]"))
                         .toStdString()
                   : std::string("no error");
    }
};
} // namespace Catch

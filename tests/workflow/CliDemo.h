#pragma once

// A demo database (300 employees, reference date 2026-11-27, the six demo users) for the tests
// that drive simutasi-cli, with helpers to run a command on it and to read proposals back.
#include "TestSupport.h"

#include "storage/Database.h"
#include "workflow/ProposalRepository.h"

#include <QRegularExpression>
#include <catch2/catch.hpp>

namespace Simutasi::Test {

struct CliDemo
{
    Test::TempDir dir;
    QString path = dir.path(QStringLiteral("cli.db"));

    CliDemo()
    {
        QString out, err;
        const int code = Test::runCli({QStringLiteral("demo"), QStringLiteral("--db"), path,
                                       QStringLiteral("--employees"), QStringLiteral("300"),
                                       QStringLiteral("--date"), QStringLiteral("2026-11-27")},
                                      &out, &err);
        INFO(err.toStdString());
        REQUIRE(code == 0);
    }

    int run(QStringList arguments, const QByteArray &input = {}, QString *out = nullptr,
            QString *err = nullptr) const
    {
        arguments << QStringLiteral("--db") << path;
        return Test::runCli(arguments, out, err, input);
    }

    // The id of the first proposal `proposals --state` lists.
    qint64 firstIn(const QString &state) const
    {
        QString out;
        REQUIRE(run({QStringLiteral("proposals"), QStringLiteral("--state"), state}, {}, &out) ==
                0);
        const QRegularExpression row(QStringLiteral("^\\s*(\\d+)\\s+USL-"),
                                     QRegularExpression::MultilineOption);
        const QRegularExpressionMatch match = row.match(out);
        INFO(out.toStdString());
        REQUIRE(match.hasMatch());
        return match.captured(1).toLongLong();
    }

    std::unique_ptr<Database> open() const
    {
        DatabaseError error;
        auto db = Database::open(path, &error);
        INFO(error.message.toStdString());
        REQUIRE(db);
        return db;
    }

    QString stateOf(qint64 id) const
    {
        DatabaseError error;
        auto db = Database::open(path, &error);
        REQUIRE(db);
        return ProposalStates::code(ProposalRepository(*db).proposal(id)->state);
    }
};

} // namespace Simutasi::Test

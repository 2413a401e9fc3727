#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

namespace Simutasi {

// `simutasi-cli report --db DB --list` names the reports of the catalogue with their filters;
// `simutasi-cli report --db DB NAME [--filter key=value ...] --xlsx OUT.xlsx | --csv OUT.csv`
// runs one and writes it (atomically). Exit codes: 0 written, 1 the export failed, 2 wrong
// usage, unknown report or filter, or a database that cannot be opened or read.
class ReportCommand
{
    Q_DECLARE_TR_FUNCTIONS(ReportCommand)
public:
    // `arguments` are those after "report".
    static int run(const QStringList &arguments, QTextStream &out, QTextStream &err);
};

} // namespace Simutasi

#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

namespace Simutasi {

// `simutasi-cli needs --db DB [--opd ID] [--limit N]`: formasi against bezetting for the
// province or one OPD: the totals, the roll-up per OPD (or per kabupaten/kota inside an OPD),
// then the largest shortages (remote units first) and surpluses. Exit codes: 0 done, 2 wrong
// usage, unknown OPD, or a database that cannot be opened.
class NeedsCommand
{
    Q_DECLARE_TR_FUNCTIONS(NeedsCommand)
public:
    // `arguments` are those after "needs".
    static int run(const QStringList &arguments, QTextStream &out, QTextStream &err);
};

} // namespace Simutasi

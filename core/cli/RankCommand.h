#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

namespace Simutasi {

// `simutasi-cli rank --db DB --jabatan ID --unit ID [--limit N] [--include-blocked]
// [--self-requested] [--date YYYY-MM-DD]`: ranks every employee of the province for the
// vacancy and prints the best candidates with every eligibility rule's result and the gaps of
// the job-person match. Exit codes: 0 done, 2 wrong usage, unknown jabatan or unit, or a
// database that cannot be opened.
class RankCommand
{
    Q_DECLARE_TR_FUNCTIONS(RankCommand)
public:
    // `arguments` are those after "rank".
    static int run(const QStringList &arguments, QTextStream &out, QTextStream &err);
};

} // namespace Simutasi

#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

namespace Simutasi {

// `simutasi-cli decree --db DB --proposal ID [--pdf OUT.pdf] [--petikan DIR] [--letters DIR]
// [--user U] [--date D] [--notify]`: renders the decree (SK with Lampiran) of a proposal, its
// petikan and notification letters. An approved proposal gets its decree issued first (number
// drawn, proposal moved to "decree issued"), which needs --user with the Pejabat Penandatangan
// role; an issued decree is re-rendered from its frozen content. --notify queues the e-mails of
// the employees with an address and sends the queue through the SMTP settings. Runs without a
// display. Exit codes: 0 done; 1 refused (log-in, role, state) or a file not written; 2 usage.
class DecreeCommand
{
    Q_DECLARE_TR_FUNCTIONS(DecreeCommand)
public:
    // `arguments` are those after "decree".
    static int run(const QStringList &arguments, QTextStream &out, QTextStream &err);
};

} // namespace Simutasi

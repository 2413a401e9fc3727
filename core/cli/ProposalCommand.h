#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

namespace Simutasi {

// `simutasi-cli proposals --db DB [--state S] [--limit N]`: the transfer proposals with state,
// lines and dates. `simutasi-cli proposal ACTION ID --db DB --user U ...`: shows one proposal
// (show, no log-in) or moves it through the workflow with the user's roles: submit, verify,
// return, approve, reject, decree, execute, close, cancel, withdraw-line. `proposal create`
// goes to ProposalCreateCommand. Exit codes: 0 done; 1 refused (log-in,
// role, state, conflict); 2 wrong usage or a database that cannot be opened.
class ProposalCommand
{
    Q_DECLARE_TR_FUNCTIONS(ProposalCommand)
public:
    // `arguments` are those after "proposals" / "proposal".
    static int runList(const QStringList &arguments, QTextStream &out, QTextStream &err);
    static int run(const QStringList &arguments, QTextStream &out, QTextStream &err);
};

} // namespace Simutasi

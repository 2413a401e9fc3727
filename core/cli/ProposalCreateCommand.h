#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

namespace Simutasi {

// `simutasi-cli proposal create --db DB --user U --title T --tmt D (--move NIP=UNIT/JABATAN ...
// | --lines FILE) [--reason R] [--justification J] [--self-requested] [--submit]`: a draft
// proposal with its lines from the command line or from a CSV/XLSX batch file (e.g. 120 teachers
// for remote schools), through ProposalWorkflow with the user's roles. All in one transaction:
// one refused line and nothing is created, every refused line named with its reason.
// Exit codes: 0 created; 1 refused (log-in, role, a line, a conflict at submit); 2 wrong usage,
// an unreadable file or a database that cannot be opened.
class ProposalCreateCommand
{
    Q_DECLARE_TR_FUNCTIONS(ProposalCreateCommand)
public:
    // `arguments` are those after "proposal create".
    static int run(const QStringList &arguments, QTextStream &out, QTextStream &err);
};

} // namespace Simutasi

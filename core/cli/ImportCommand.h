#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

namespace Simutasi {

// `simutasi-cli import --db DB --kind KIND FILE [--user U] [--dry-run] [--strict]
// [--create-missing] [--mapping M.json] [--save-mapping M.json] [--rejects OUT.csv|OUT.xlsx]`:
// the import engine without the wizard. Prints what it read, the mapping, the counts and every
// rejected row. Writing needs a logged-in user with the role to import once the database has
// accounts (CliLogin::logInToChange). Exit codes: 0 done (valid rows imported, rejects listed),
// 1 refused (log-in, role) or rows rejected in --strict mode (nothing written), 2 usage, file or
// database error (nothing written).
class ImportCommand
{
    Q_DECLARE_TR_FUNCTIONS(ImportCommand)
public:
    enum ExitCode
    {
        Ok = 0,
        RejectedInStrictMode = 1,
        Refused = 1, // no log-in, or the user lacks the role
        Failed = 2
    };

    // `arguments` are those after "import". With `showProgress` (stderr is a terminal) the
    // rows written so far are shown on `err`.
    static int run(const QStringList &arguments, QTextStream &out, QTextStream &err,
                   bool showProgress = false);
};

} // namespace Simutasi

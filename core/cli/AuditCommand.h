#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

namespace Simutasi {

// `simutasi-cli audit verify --db DB`: checks the hash chain of the audit trail and names the
// first broken entry (exit 1 when broken). `simutasi-cli audit list --db DB [--user U]
// [--entity E] [--from D] [--to D] [--limit N]`: the entries, newest first.
class AuditCommand
{
    Q_DECLARE_TR_FUNCTIONS(AuditCommand)
public:
    // `arguments` are those after "audit".
    static int run(const QStringList &arguments, QTextStream &out, QTextStream &err);
};

} // namespace Simutasi

#pragma once

#include "domain/EmployeeHistory.h"
#include "storage/EmployeeRepository.h"

#include <QList>
#include <QString>
#include <utility>

namespace Simutasi {

// The audited fields of the history rows: each row as (field, value) pairs in a fixed order,
// with values written the way the audit trail stores them (dates dd-mm-yyyy, golongan "III/a").
// Also names the fields of history rows in the audit trail: "riwayat_jabatan[17].tmt" is the
// TMT of jabatan history row 17.
namespace HistoryFields {

using Fields = QList<std::pair<QString, QString>>;

Fields of(const JabatanHistoryEntry &entry);
Fields of(const PangkatHistoryEntry &entry);
Fields of(const SkpRating &rating);
Fields of(const DiklatEntry &entry);
Fields of(const Sanction &sanction);

constexpr HistoryKind kindOf(const JabatanHistoryEntry &)
{
    return HistoryKind::Jabatan;
}
constexpr HistoryKind kindOf(const PangkatHistoryEntry &)
{
    return HistoryKind::Pangkat;
}
constexpr HistoryKind kindOf(const SkpRating &)
{
    return HistoryKind::Skp;
}
constexpr HistoryKind kindOf(const DiklatEntry &)
{
    return HistoryKind::Diklat;
}
constexpr HistoryKind kindOf(const Sanction &)
{
    return HistoryKind::Sanction;
}

QString prefix(HistoryKind kind); // "riwayat_jabatan", "riwayat_pangkat", "skp", ...
QString auditField(HistoryKind kind, qint64 rowId, const QString &field);

// A field of the audit trail split into its parts; false for a field of the employee itself.
struct AuditFieldParts
{
    HistoryKind kind = HistoryKind::Jabatan;
    qint64 rowId = 0;
    QString field;
};
bool parseAuditField(const QString &auditField, AuditFieldParts *parts);

// Audit text of a date: "dd-mm-yyyy", empty when there is none.
QString dateText(const QDate &date);

} // namespace HistoryFields
} // namespace Simutasi

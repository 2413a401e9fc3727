#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <optional>

namespace Simutasi {

// Why an employee left the province's registry. Only PindahKeluar is written today (by an
// executed outgoing transfer); the others have their codes so that retirement, death and
// dismissal can be recorded later without a schema change.
enum class DepartureReason
{
    PindahKeluar,
    Pensiun,
    Meninggal,
    Berhenti
};
QString departureReasonCode(DepartureReason reason); // "pindah_keluar", "pensiun", ...
std::optional<DepartureReason> departureReasonFromCode(const QString &code);

// That an employee left the province: when (TMT), why, where to and by which decree. The
// employee's row is kept (history, decrees and the audit trail refer to it); lists of the
// province's active employees leave such employees out.
struct EmployeeDeparture
{
    Q_DECLARE_TR_FUNCTIONS(EmployeeDeparture)
public:
    QDate on; // TMT of the departure; null = still an active employee
    DepartureReason reason = DepartureReason::PindahKeluar;
    QString to;     // the other instansi (pindah keluar)
    QString decree; // number of the SK

    bool isSet() const { return on.isValid(); }
    // For the officer: "Transferred out to X, TMT 1 March 2026 (SK 800.1.3.1/...)".
    QString describe() const;

    bool operator==(const EmployeeDeparture &) const = default;
};

} // namespace Simutasi

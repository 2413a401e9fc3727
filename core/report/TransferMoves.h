#pragma once

#include "ReportFilters.h"
#include "storage/DatabaseError.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <functional>
#include <optional>

namespace Simutasi {

class Database;

// One executed transfer: a riwayat jabatan row whose unit differs from the employee's row
// before it (by TMT). When the transfer workflow's tables exist and the row was written by the
// execution of a proposal line, the line adds its kind, how the candidate was chosen and the
// decree.
struct TransferMove
{
    qint64 historyId = 0;
    qint64 employeeId = 0;
    QString fullName;
    QString nip;
    QString gender;   // "L" / "P"
    int golongan = 0; // rank at the TMT (riwayat pangkat), else the current one; 0 = none
    int pppkGrade = 0;
    QString fromJabatan;
    QString fromUnit;
    qint64 fromOpdId = 0;
    QString fromOpd;
    QString toJabatan;
    QString toUnit;
    qint64 toOpdId = 0;
    QString toOpd;
    QDate tmt;
    QString skNumber;
    QDate skDate;
    QString signer; // the decree's signatory, when the decree is recorded
    // From the proposal line; empty/unknown for a transfer recorded only in riwayat jabatan.
    bool fromProposal = false;
    QString proposalNumber;
    QString kindCode;   // within_opd, between_opd, between_region, incoming, outgoing
    QString sourceCode; // ranking, shortlist, manual
    std::optional<double> jpm;

    // The proposal's kind, else within/between OPD from the units' OPDs.
    QString effectiveKind() const;
};

class TransferMoves
{
    Q_DECLARE_TR_FUNCTIONS(TransferMoves)
public:
    // Every transfer with its TMT in the filters' period whose old or new unit lies in the
    // filters' OPD and kabupaten/kota, by TMT. `visit` returns false to stop.
    static DatabaseError read(Database &database, const ReportFilters &filters,
                              const std::function<bool(const TransferMove &)> &visit);
    static bool hasWorkflowTables(Database &database);
    static bool hasDecreeTables(Database &database); // decree and decree_notification
    // "a.n. Dr. H. Arief Rahman, M.Si." from the decree's signatory_capacity code and name.
    static QString signerText(const QString &capacityCode, const QString &name);
    static QString kindName(const QString &kindCode); // "Within one OPD", ...
};

} // namespace Simutasi

#include "TransferReports.h"

#include "TextCache.h"
#include "TransferMoves.h"
#include "TransferOutcome.h"
#include "domain/Golongan.h"
#include "storage/Database.h"

#include <QSet>
#include <QSqlQuery>
#include <algorithm>

namespace Simutasi {

namespace {

// "Seksi Kurikulum, Dinas Pendidikan"; just the name when the unit is the OPD itself.
QString placeText(const QString &unit, const QString &opd)
{
    return opd.isEmpty() || opd == unit ? unit : unit + QStringLiteral(", ") + opd;
}

// "Penata Muda, III/a", or the PPPK grade; made once per golongan (TextCache).
const QString &golonganText(const TransferMove &m, TextCache<int> &cache)
{
    const std::optional<Golongan> gol = Golongan::fromRank(m.golongan);
    // A PNS rank as itself, a PPPK grade as minus the grade.
    const int key = gol ? m.golongan : -std::max(m.pppkGrade, 0);
    return cache.get(key, [&] {
        return gol               ? gol->withPangkat()
               : m.pppkGrade > 0 ? pppkGradeToString(m.pppkGrade)
                                 : QString();
    });
}

const QString &kindText(const QString &kindCode, TextCache<QString> &cache)
{
    return cache.get(kindCode, [&] { return TransferMoves::kindName(kindCode); });
}

QString remarkOf(const TransferMove &m, TextCache<QString> &kinds)
{
    QString remark = kindText(m.effectiveKind(), kinds);
    if (!m.proposalNumber.isEmpty())
        remark += QStringLiteral("; ") + TransferReports::tr("proposal %1").arg(m.proposalNumber);
    return remark;
}

DatabaseError produceRecap(Database &database, const ReportFilters &filters, ReportData &data)
{
    int number = 0;
    TextCache<int> golongan;
    TextCache<QString> kinds;
    return TransferMoves::read(database, filters, [&](const TransferMove &m) {
        return data.addRow(0, {++number, m.fullName, m.nip, m.gender, golonganText(m, golongan),
                               m.fromJabatan, placeText(m.fromUnit, m.fromOpd), m.toJabatan,
                               placeText(m.toUnit, m.toOpd), m.skNumber, m.skDate, m.tmt, m.signer,
                               remarkOf(m, kinds)});
    });
}

QVariant optionalNumber(const std::optional<double> &value)
{
    return value ? QVariant(*value) : QVariant();
}

// year -> predicate for each employee in `ids`, in one pass over the SKP table.
QHash<qint64, QMap<int, int>> skpOf(Database &database, const QSet<qint64> &ids,
                                    DatabaseError *error)
{
    QHash<qint64, QMap<int, int>> skp;
    QSqlQuery query(database.connection());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT employee_id, year, predicate FROM skp_rating"))) {
        *error = database.errorFrom(query.lastError());
        return skp;
    }
    while (query.next()) {
        const qint64 id = query.value(0).toLongLong();
        if (ids.contains(id))
            skp[id].insert(query.value(1).toInt(), query.value(2).toInt());
    }
    return skp;
}

DatabaseError produceOutcome(Database &database, const ReportFilters &filters, ReportData &data)
{
    QList<TransferMove> moves;
    QSet<qint64> ids;
    DatabaseError error = TransferMoves::read(database, filters, [&](const TransferMove &m) {
        moves.append(m);
        ids.insert(m.employeeId);
        return !data.isCancelled();
    });
    if (error)
        return error;
    const QHash<qint64, QMap<int, int>> skp = skpOf(database, ids, &error);
    if (error)
        return error;
    const int lastCompleteYear = filters.referenceDate().year() - 1;
    QList<OutcomeCase> cases;
    for (const TransferMove &m : moves)
        cases.append(TransferOutcome::caseOf(m, skp.value(m.employeeId), lastCompleteYear));

    for (const OutcomeGroup &g : TransferOutcome::summarize(cases)) {
        const QString note = g.compared < TransferOutcome::SmallGroup
                                 ? TransferReports::tr("small group (%n compared): read with care",
                                                       nullptr, g.compared)
                                 : QString();
        if (!data.addRow(0, {TransferMoves::kindName(g.kind), TransferOutcome::basisName(g.basis),
                             g.transfers, g.compared, optionalNumber(g.meanBefore()),
                             optionalNumber(g.meanAfter()), optionalNumber(g.meanChange()),
                             g.improved, g.same, g.worse, optionalNumber(g.improvedShare()), note}))
            return {};
    }
    TextCache<QString> kinds;
    TextCache<int> bases;
    for (qsizetype i = 0; i < moves.size(); ++i) {
        const TransferMove &m = moves[i];
        const OutcomeCase &c = cases[i];
        const QString &basis =
            bases.get(int(c.basis), [&c] { return TransferOutcome::basisName(c.basis); });
        if (!data.addRow(1, {int(i + 1), m.fullName, m.nip, m.tmt, kindText(c.kind, kinds), basis,
                             optionalNumber(m.jpm), optionalNumber(c.before),
                             optionalNumber(c.after), optionalNumber(c.change())}))
            return {};
    }
    return {};
}

} // namespace

Report TransferReports::recap()
{
    return {
        QStringLiteral("rekap-mutasi"),
        tr("Rekap mutasi"),
        tr("Executed transfers (a change of unit in riwayat jabatan) with their SK, by TMT."),
        {ReportFilterKind::Period, ReportFilterKind::Opd, ReportFilterKind::Region},
        {{tr("Rekap mutasi"),
          {{tr("No"), ColumnType::Integer, 5},
           {tr("Name"), ColumnType::Text, 30},
           {QStringLiteral("NIP"), ColumnType::Nip, 20},
           {QStringLiteral("L/P"), ColumnType::Text, 4},
           {QStringLiteral("Pangkat/Gol"), ColumnType::Text, 26},
           {tr("Jabatan lama"), ColumnType::Text, 28},
           {tr("Unit lama"), ColumnType::Text, 36},
           {tr("Jabatan baru"), ColumnType::Text, 28},
           {tr("Unit baru"), ColumnType::Text, 36},
           {tr("No SK"), ColumnType::Text, 26},
           {tr("Tanggal SK"), ColumnType::Date, 12},
           {QStringLiteral("TMT"), ColumnType::Date, 12},
           {tr("Penandatangan"), ColumnType::Text, 24},
           {tr("Ket"), ColumnType::Text, 30}}}},
        produceRecap,
    };
}

Report TransferReports::outcome()
{
    return {
        QStringLiteral("hasil-mutasi"),
        tr("Outcome of transfers"),
        tr("SKP before and after executed transfers (mean predicate, Sangat Kurang 1 to Sangat "
           "Baik 5, of the two years before and the two after the TMT year), per kind of "
           "transfer and per data-driven or manual choice."),
        {ReportFilterKind::Period, ReportFilterKind::Opd, ReportFilterKind::Region,
         ReportFilterKind::AsOf},
        {{tr("Summary"),
          {{tr("Kind"), ColumnType::Text, 22},
           {tr("Basis"), ColumnType::Text, 32},
           {tr("Transfers"), ColumnType::Integer, 10},
           {tr("Compared"), ColumnType::Integer, 10},
           {tr("SKP before"), ColumnType::Decimal, 10},
           {tr("SKP after"), ColumnType::Decimal, 10},
           {tr("Change"), ColumnType::Decimal, 9},
           {tr("Improved"), ColumnType::Integer, 9},
           {tr("Same"), ColumnType::Integer, 8},
           {tr("Worse"), ColumnType::Integer, 8},
           {tr("Improved (%)"), ColumnType::Percentage, 11},
           {tr("Note"), ColumnType::Text, 36}}},
         {tr("Transfers"),
          {{tr("No"), ColumnType::Integer, 5},
           {tr("Name"), ColumnType::Text, 30},
           {QStringLiteral("NIP"), ColumnType::Nip, 20},
           {QStringLiteral("TMT"), ColumnType::Date, 12},
           {tr("Kind"), ColumnType::Text, 22},
           {tr("Basis"), ColumnType::Text, 32},
           {QStringLiteral("JPM (%)"), ColumnType::Decimal, 9},
           {tr("SKP before"), ColumnType::Decimal, 10},
           {tr("SKP after"), ColumnType::Decimal, 10},
           {tr("Change"), ColumnType::Decimal, 9}}}},
        produceOutcome,
    };
}

} // namespace Simutasi

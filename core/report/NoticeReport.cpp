#include "NoticeReport.h"

#include "TransferMoves.h"
#include "decree/DecreeNotifications.h"
#include "storage/Database.h"
#include "storage/SqlRows.h"
#include "storage/SqlValues.h"

#include <QSqlQuery>

namespace Simutasi {

namespace {

struct DecreeRow
{
    qint64 id = 0;
    QString number;
    QDate date;
    QString proposalNumber;
};

// The decrees in the filters, by date and number.
QString decreesSql(const ReportFilters &filters, QVariantList *values)
{
    QString sql = QStringLiteral("SELECT d.id, d.number, d.decree_date, coalesce(p.number, '') "
                                 "FROM decree d LEFT JOIN proposal p ON p.id = d.proposal_id "
                                 "WHERE 1 = 1");
    if (filters.from.isValid()) {
        sql += QStringLiteral(" AND d.decree_date >= ?");
        values->append(SqlValues::fromDate(filters.from));
    }
    if (filters.to.isValid()) {
        sql += QStringLiteral(" AND d.decree_date <= ?");
        values->append(SqlValues::fromDate(filters.to));
    }
    if (filters.opdId > 0) {
        sql += QStringLiteral(
            " AND EXISTS (SELECT 1 FROM decree_notification n JOIN proposal_line l ON l.id = "
            "n.proposal_line_id JOIN org_unit u ON u.id IN (l.from_unit_id, l.to_unit_id) "
            "WHERE n.decree_id = d.id AND u.opd_id = ?)");
        values->append(filters.opdId);
    }
    return sql + QStringLiteral(" ORDER BY d.decree_date, d.year, d.sequence, d.id");
}

QString channelText(DecreeNotice::Channel channel)
{
    return channel == DecreeNotice::Channel::Email ? NoticeReport::tr("E-mail")
                                                   : NoticeReport::tr("Letter");
}

QString responseText(DecreeNotice::Response response)
{
    switch (response) {
    case DecreeNotice::Response::Acknowledged:
        return NoticeReport::tr("Acknowledged");
    case DecreeNotice::Response::Objected:
        return NoticeReport::tr("Keberatan");
    case DecreeNotice::Response::None:
        break;
    }
    return NoticeReport::tr("No answer yet");
}

QString decisionText(const DecreeNotice &n)
{
    if (n.response != DecreeNotice::Response::Objected)
        return {};
    switch (n.resolution) {
    case DecreeNotice::Resolution::Upheld:
        return NoticeReport::tr("Upheld");
    case DecreeNotice::Resolution::Rejected:
        return NoticeReport::tr("Rejected");
    case DecreeNotice::Resolution::None:
        break;
    }
    return NoticeReport::tr("Open");
}

QVariant optionalDate(const QDate &date)
{
    return date.isValid() ? QVariant(date) : QVariant();
}

DatabaseError produce(Database &database, const ReportFilters &filters, ReportData &data)
{
    if (!TransferMoves::hasWorkflowTables(database) || !TransferMoves::hasDecreeTables(database))
        return {};
    QVariantList values;
    QSqlQuery query(database.connection());
    if (!query.prepare(decreesSql(filters, &values)))
        return database.errorFrom(query.lastError());
    SqlRows::bindAll(query, values);
    QList<DecreeRow> decrees;
    const DatabaseError error = SqlRows::forEachRow(database, query, [&](const QSqlQuery &q) {
        decrees.append({q.value(0).toLongLong(), q.value(1).toString(),
                        SqlValues::toDate(q.value(2)), q.value(3).toString()});
    });
    if (error)
        return error;

    // Each decree's notices are read once: the summary (part 0) counts them, part 1 lists them.
    const DecreeNotifications notifications(database);
    QList<QList<DecreeNotice>> noticesOf;
    noticesOf.reserve(decrees.size());
    for (qsizetype i = 0; i < decrees.size(); ++i) {
        const DecreeRow &d = decrees[i];
        noticesOf.append(notifications.notices(d.id));
        const NoticeOverview o = NoticeOverview::of(noticesOf.last());
        if (!data.addRow(0, {int(i + 1), d.number, d.date, d.proposalNumber, o.employees,
                             o.informed, o.acknowledged, o.objectionsOpen,
                             o.objected - o.objectionsOpen, o.pending}))
            return {};
    }
    int number = 0;
    for (qsizetype i = 0; i < decrees.size(); ++i) {
        const DecreeRow &d = decrees[i];
        for (const DecreeNotice &n : std::as_const(noticesOf[i])) {
            if (!data.addRow(1, {++number, d.number, n.employeeName, n.nip, channelText(n.channel),
                                 optionalDate(n.informedOn), responseText(n.response),
                                 optionalDate(n.responseOn), n.objectionReason, decisionText(n),
                                 optionalDate(n.resolutionOn)}))
                return {};
        }
    }
    return {};
}

} // namespace

Report NoticeReport::definition()
{
    return {
        QStringLiteral("pemberitahuan"),
        tr("Notification status by decree"),
        tr("Per decree: its employees, how many were informed, acknowledged, raised a keberatan "
           "(open or decided) or are still pending; with every employee's channel, answer and "
           "decision. Period on the decree date."),
        {ReportFilterKind::Period, ReportFilterKind::Opd},
        {{tr("By decree"),
          {{tr("No"), ColumnType::Integer, 5},
           {tr("No SK"), ColumnType::Text, 26},
           {tr("Tanggal SK"), ColumnType::Date, 12},
           {tr("Proposal"), ColumnType::Text, 16},
           {tr("Employees"), ColumnType::Integer, 10},
           {tr("Informed"), ColumnType::Integer, 10},
           {tr("Acknowledged"), ColumnType::Integer, 12},
           {tr("Keberatan open"), ColumnType::Integer, 12},
           {tr("Keberatan decided"), ColumnType::Integer, 12},
           {tr("Pending"), ColumnType::Integer, 10}}},
         {tr("Employees"),
          {{tr("No"), ColumnType::Integer, 5},
           {tr("No SK"), ColumnType::Text, 26},
           {tr("Name"), ColumnType::Text, 30},
           {QStringLiteral("NIP"), ColumnType::Nip, 20},
           {tr("Channel"), ColumnType::Text, 10},
           {tr("Informed on"), ColumnType::Date, 12},
           {tr("Response"), ColumnType::Text, 16},
           {tr("Response on"), ColumnType::Date, 12},
           {tr("Keberatan reason"), ColumnType::Text, 36},
           {tr("Decision"), ColumnType::Text, 12},
           {tr("Decided on"), ColumnType::Date, 12}}}},
        produce,
    };
}

} // namespace Simutasi

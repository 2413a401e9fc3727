#include "TransferMoves.h"

#include "domain/Employee.h"
#include "storage/Database.h"
#include "storage/SqlRows.h"
#include "storage/SqlValues.h"

#include <QSqlQuery>

namespace Simutasi {

namespace {

// Each history row next to the row before it of the same employee; a move is a row whose
// unit (by id, or by name for units outside the province) differs from the previous one.
QString movesSql(bool workflow, bool decrees)
{
    QString sql = QStringLiteral(
        "WITH h AS (SELECT id, employee_id, tmt, sk_number, sk_date, unit_id, jabatan_id, "
        "unit_name, jabatan_name, "
        "LAG(id) OVER w AS prev_id, LAG(unit_id) OVER w AS prev_unit_id, "
        "LAG(jabatan_id) OVER w AS prev_jabatan_id, LAG(unit_name) OVER w AS prev_unit_name, "
        "LAG(jabatan_name) OVER w AS prev_jabatan_name "
        "FROM jabatan_history WINDOW w AS (PARTITION BY employee_id ORDER BY tmt, id)) "
        "SELECT h.id, e.id, e.front_title, e.name, e.back_title, e.nip, e.gender, "
        "COALESCE((SELECT ph.golongan FROM pangkat_history ph WHERE ph.employee_id = e.id AND "
        "ph.tmt <= h.tmt ORDER BY ph.tmt DESC LIMIT 1), e.golongan), e.pppk_grade, "
        "COALESCE(NULLIF(h.prev_jabatan_name, ''), pj.name, ''), "
        "COALESCE(NULLIF(h.prev_unit_name, ''), pu.name, ''), pu.opd_id, old_opd.name, "
        "COALESCE(NULLIF(h.jabatan_name, ''), nj.name, ''), "
        "COALESCE(NULLIF(h.unit_name, ''), nu.name, ''), nu.opd_id, new_opd.name, "
        "h.tmt, h.sk_number, h.sk_date");
    sql += workflow ? QStringLiteral(", pl.id, p.number, pl.kind, pl.source, pl.jpm, "
                                     "p.decree_number, p.decree_date")
                    : QStringLiteral(", NULL, NULL, NULL, NULL, NULL, NULL, NULL");
    // The decree registry (schema step 4) knows who signed, and in which capacity.
    sql += workflow && decrees
               ? QStringLiteral(", d.number, d.decree_date, d.signatory_capacity, d.signatory_name")
               : QStringLiteral(", NULL, NULL, NULL, NULL");
    sql += QStringLiteral(" FROM h JOIN employee e ON e.id = h.employee_id "
                          "LEFT JOIN jabatan pj ON pj.id = h.prev_jabatan_id "
                          "LEFT JOIN org_unit pu ON pu.id = h.prev_unit_id "
                          "LEFT JOIN org_unit old_opd ON old_opd.id = pu.opd_id "
                          "LEFT JOIN jabatan nj ON nj.id = h.jabatan_id "
                          "LEFT JOIN org_unit nu ON nu.id = h.unit_id "
                          "LEFT JOIN org_unit new_opd ON new_opd.id = nu.opd_id ");
    if (workflow)
        sql += QStringLiteral("LEFT JOIN proposal_line pl ON pl.history_id = h.id "
                              "LEFT JOIN proposal p ON p.id = pl.proposal_id ");
    // A proposal has one decree; should there ever be more, the latest carries it out.
    if (workflow && decrees)
        sql += QStringLiteral("LEFT JOIN decree d ON d.id = (SELECT max(x.id) FROM decree x "
                              "WHERE x.proposal_id = p.id) ");
    sql += QStringLiteral("WHERE h.prev_id IS NOT NULL AND (h.unit_id IS NOT h.prev_unit_id OR "
                          "(h.unit_id IS NULL AND h.unit_name <> h.prev_unit_name))");
    return sql;
}

} // namespace

QString TransferMove::effectiveKind() const
{
    if (!kindCode.isEmpty())
        return kindCode;
    if (fromOpdId == 0 && toOpdId > 0)
        return QStringLiteral("incoming");
    if (toOpdId == 0 && fromOpdId > 0)
        return QStringLiteral("outgoing");
    return fromOpdId == toOpdId ? QStringLiteral("within_opd") : QStringLiteral("between_opd");
}

bool TransferMoves::hasWorkflowTables(Database &database)
{
    QSqlQuery query(database.connection());
    query.exec(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND "
                              "name IN ('proposal', 'proposal_line')"));
    return query.next() && query.value(0).toInt() == 2;
}

bool TransferMoves::hasDecreeTables(Database &database)
{
    QSqlQuery query(database.connection());
    query.exec(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND "
                              "name IN ('decree', 'decree_notification')"));
    return query.next() && query.value(0).toInt() == 2;
}

QString TransferMoves::signerText(const QString &capacityCode, const QString &name)
{
    if (name.isEmpty())
        return {};
    // As on the decree: "a.n." on behalf of the Gubernur, "Plt." for an acting holder.
    if (capacityCode == u"an")
        return QStringLiteral("a.n. ") + name;
    if (capacityCode == u"plt")
        return QStringLiteral("Plt. ") + name;
    return name;
}

QString TransferMoves::kindName(const QString &kindCode)
{
    if (kindCode == u"within_opd")
        return tr("Within one OPD");
    if (kindCode == u"between_opd")
        return tr("Between OPDs");
    if (kindCode == u"between_region")
        return tr("Between kabupaten/kota");
    if (kindCode == u"incoming")
        return tr("Incoming");
    if (kindCode == u"outgoing")
        return tr("Outgoing");
    return kindCode;
}

DatabaseError TransferMoves::read(Database &database, const ReportFilters &filters,
                                  const std::function<bool(const TransferMove &)> &visit)
{
    QString sql = movesSql(hasWorkflowTables(database), hasDecreeTables(database));
    QVariantList values;
    if (filters.from.isValid()) {
        sql += QStringLiteral(" AND h.tmt >= ?");
        values.append(SqlValues::fromDate(filters.from));
    }
    if (filters.to.isValid()) {
        sql += QStringLiteral(" AND h.tmt <= ?");
        values.append(SqlValues::fromDate(filters.to));
    }
    if (filters.opdId > 0) {
        sql += QStringLiteral(" AND (pu.opd_id = ? OR nu.opd_id = ?)");
        values << filters.opdId << filters.opdId;
    }
    if (filters.regionId > 0) {
        sql += QStringLiteral(" AND (pu.region_id = ? OR nu.region_id = ?)");
        values << filters.regionId << filters.regionId;
    }
    sql += QStringLiteral(" ORDER BY h.tmt, e.name COLLATE NOCASE, h.id");

    QSqlQuery query(database.connection());
    if (!query.prepare(sql))
        return database.errorFrom(query.lastError());
    SqlRows::bindAll(query, values);
    query.setForwardOnly(true);
    if (!query.exec())
        return database.errorFrom(query.lastError());
    while (query.next()) {
        const QSqlQuery &q = query;
        TransferMove m;
        m.historyId = q.value(0).toLongLong();
        m.employeeId = q.value(1).toLongLong();
        Employee person;
        person.frontTitle = q.value(2).toString();
        person.name = q.value(3).toString();
        person.backTitle = q.value(4).toString();
        m.fullName = person.fullName();
        m.nip = q.value(5).toString();
        m.gender = q.value(6).toString();
        m.golongan = q.value(7).toInt();
        m.pppkGrade = q.value(8).toInt();
        m.fromJabatan = q.value(9).toString();
        m.fromUnit = q.value(10).toString();
        m.fromOpdId = q.value(11).toLongLong();
        m.fromOpd = q.value(12).toString();
        m.toJabatan = q.value(13).toString();
        m.toUnit = q.value(14).toString();
        m.toOpdId = q.value(15).toLongLong();
        m.toOpd = q.value(16).toString();
        m.tmt = SqlValues::toDate(q.value(17));
        m.skNumber = q.value(18).toString();
        m.skDate = SqlValues::toDate(q.value(19));
        m.fromProposal = !q.value(20).isNull();
        m.proposalNumber = q.value(21).toString();
        m.kindCode = q.value(22).toString();
        m.sourceCode = q.value(23).toString();
        if (!q.value(24).isNull())
            m.jpm = q.value(24).toDouble();
        // The decree of the proposal is the authority when the history row has no SK.
        if (m.skNumber.isEmpty())
            m.skNumber = q.value(25).toString();
        if (m.skNumber.isEmpty())
            m.skNumber = q.value(27).toString();
        if (!m.skDate.isValid())
            m.skDate = SqlValues::toDate(q.value(26));
        if (!m.skDate.isValid())
            m.skDate = SqlValues::toDate(q.value(28));
        m.signer = signerText(q.value(29).toString(), q.value(30).toString());
        if (!visit(m))
            break;
    }
    return {};
}

} // namespace Simutasi

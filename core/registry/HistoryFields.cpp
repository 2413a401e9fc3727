#include "HistoryFields.h"

#include <QRegularExpression>

namespace Simutasi::HistoryFields {

namespace {

QString number(int value)
{
    return QString::number(value);
}

// Catalogue references are stored with their name "as it was called then": the id, when
// there is one, tells equal names apart.
QString withId(const QString &name, qint64 id)
{
    return id > 0 ? name + QStringLiteral(" #") + QString::number(id) : name;
}

} // namespace

QString dateText(const QDate &date)
{
    return date.isValid() ? date.toString(QStringLiteral("dd-MM-yyyy")) : QString();
}

Fields of(const JabatanHistoryEntry &e)
{
    return {{QStringLiteral("tmt"), dateText(e.tmt)},
            {QStringLiteral("jabatan"), withId(e.jabatanName, e.jabatanId)},
            {QStringLiteral("unit"), withId(e.unitName, e.unitId)},
            {QStringLiteral("sk_number"), e.skNumber},
            {QStringLiteral("sk_date"), dateText(e.skDate)}};
}

Fields of(const PangkatHistoryEntry &e)
{
    return {{QStringLiteral("golongan"), e.golongan.isValid() ? e.golongan.toString() : QString()},
            {QStringLiteral("tmt"), dateText(e.tmt)},
            {QStringLiteral("sk_number"), e.skNumber},
            {QStringLiteral("sk_date"), dateText(e.skDate)}};
}

Fields of(const SkpRating &r)
{
    return {{QStringLiteral("year"), number(r.year)},
            {QStringLiteral("predicate"), skpPredicateName(r.predicate)}};
}

Fields of(const DiklatEntry &e)
{
    return {{QStringLiteral("name"), e.name},
            {QStringLiteral("organizer"), e.organizer},
            {QStringLiteral("start_date"), dateText(e.startDate)},
            {QStringLiteral("end_date"), dateText(e.endDate)},
            {QStringLiteral("hours"), number(e.hours)}};
}

Fields of(const Sanction &s)
{
    return {{QStringLiteral("level"), sanctionLevelName(s.level)},
            {QStringLiteral("description"), s.description},
            {QStringLiteral("start_date"), dateText(s.startDate)},
            {QStringLiteral("end_date"), dateText(s.endDate)},
            {QStringLiteral("sk_number"), s.skNumber}};
}

QString prefix(HistoryKind kind)
{
    switch (kind) {
    case HistoryKind::Jabatan:
        return QStringLiteral("riwayat_jabatan");
    case HistoryKind::Pangkat:
        return QStringLiteral("riwayat_pangkat");
    case HistoryKind::Skp:
        return QStringLiteral("skp");
    case HistoryKind::Diklat:
        return QStringLiteral("diklat");
    case HistoryKind::Sanction:
        return QStringLiteral("hukuman_disiplin");
    }
    return {};
}

QString auditField(HistoryKind kind, qint64 rowId, const QString &field)
{
    return QStringLiteral("%1[%2].%3").arg(prefix(kind)).arg(rowId).arg(field);
}

bool parseAuditField(const QString &auditField, AuditFieldParts *parts)
{
    static const QRegularExpression pattern(QStringLiteral("^([a-z_]+)\\[(\\d+)\\]\\.(\\w+)$"));
    const QRegularExpressionMatch match = pattern.match(auditField);
    if (!match.hasMatch())
        return false;
    for (const HistoryKind kind : {HistoryKind::Jabatan, HistoryKind::Pangkat, HistoryKind::Skp,
                                   HistoryKind::Diklat, HistoryKind::Sanction}) {
        if (prefix(kind) == match.captured(1)) {
            *parts = {kind, match.captured(2).toLongLong(), match.captured(3)};
            return true;
        }
    }
    return false;
}

} // namespace Simutasi::HistoryFields

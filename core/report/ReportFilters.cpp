#include "ReportFilters.h"

#include "storage/OrgRepository.h"

namespace Simutasi {

namespace {

QString shortDate(const QDate &date)
{
    return date.toString(QStringLiteral("dd/MM/yyyy"));
}

std::optional<ReportFilterKind> kindOfKey(const QString &key)
{
    if (key == u"from" || key == u"to")
        return ReportFilterKind::Period;
    if (key == u"opd")
        return ReportFilterKind::Opd;
    if (key == u"region")
        return ReportFilterKind::Region;
    if (key == u"state")
        return ReportFilterKind::State;
    if (key == u"date")
        return ReportFilterKind::AsOf;
    return std::nullopt;
}

} // namespace

QStringList ReportFilterText::keys(ReportFilterKind kind)
{
    switch (kind) {
    case ReportFilterKind::Period:
        return {QStringLiteral("from"), QStringLiteral("to")};
    case ReportFilterKind::Opd:
        return {QStringLiteral("opd")};
    case ReportFilterKind::Region:
        return {QStringLiteral("region")};
    case ReportFilterKind::State:
        return {QStringLiteral("state")};
    case ReportFilterKind::AsOf:
        return {QStringLiteral("date")};
    }
    return {};
}

bool ReportFilterText::parse(const QStringList &items, const QList<ReportFilterKind> &supported,
                             ReportFilters *filters, QString *error)
{
    for (const QString &item : items) {
        const qsizetype equals = item.indexOf(u'=');
        const QString key = item.left(equals).trimmed().toLower();
        const QString value = equals < 0 ? QString() : item.mid(equals + 1).trimmed();
        const std::optional<ReportFilterKind> kind = kindOfKey(key);
        if (equals < 0 || value.isEmpty()) {
            *error = tr("The filter \"%1\" must be written key=value.").arg(item);
            return false;
        }
        if (!kind || !supported.contains(*kind)) {
            *error = tr("This report has no filter \"%1\".").arg(key);
            return false;
        }
        if (*kind == ReportFilterKind::Period || *kind == ReportFilterKind::AsOf) {
            const QDate date = QDate::fromString(value, Qt::ISODate);
            if (!date.isValid()) {
                *error = tr("The filter %1 needs a date YYYY-MM-DD, not \"%2\".").arg(key, value);
                return false;
            }
            (key == u"from" ? filters->from : key == u"to" ? filters->to : filters->asOf) = date;
        } else if (*kind == ReportFilterKind::State) {
            filters->state = value;
        } else {
            bool ok = false;
            const qint64 id = value.toLongLong(&ok);
            if (!ok || id <= 0) {
                *error =
                    tr("The filter %1 needs an id (a whole number), not \"%2\".").arg(key, value);
                return false;
            }
            (*kind == ReportFilterKind::Opd ? filters->opdId : filters->regionId) = id;
        }
    }
    return true;
}

QString ReportFilterText::describe(Database &database, const ReportFilters &filters,
                                   const QList<ReportFilterKind> &supported)
{
    QStringList parts;
    const OrgRepository org(database);
    if (supported.contains(ReportFilterKind::Opd) && filters.opdId > 0) {
        const std::optional<OrgUnit> opd = org.unit(filters.opdId);
        parts << tr("OPD: %1").arg(opd ? opd->name : QString::number(filters.opdId));
    }
    if (supported.contains(ReportFilterKind::Region) && filters.regionId > 0) {
        QString name = QString::number(filters.regionId);
        for (const Region &region : org.regions()) {
            if (region.id == filters.regionId)
                name = region.displayName();
        }
        parts << tr("Region: %1").arg(name);
    }
    if (supported.contains(ReportFilterKind::Period) &&
        (filters.from.isValid() || filters.to.isValid())) {
        parts << tr("Period: %1 - %2")
                     .arg(filters.from.isValid() ? shortDate(filters.from) : QStringLiteral("…"),
                          filters.to.isValid() ? shortDate(filters.to) : QStringLiteral("…"));
    }
    if (supported.contains(ReportFilterKind::State) && !filters.state.isEmpty())
        parts << tr("State: %1").arg(filters.state);
    if (supported.contains(ReportFilterKind::AsOf))
        parts << tr("As of %1").arg(shortDate(filters.referenceDate()));
    return parts.isEmpty() ? tr("All data") : parts.join(QStringLiteral("; "));
}

} // namespace Simutasi

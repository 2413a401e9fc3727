#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <optional>

namespace Simutasi {

// A node of the organisation tree: the province, an OPD, or a unit inside an OPD (bidang,
// seksi, UPT, school, puskesmas, ...). A unit is never deleted once used; it is closed instead.
struct OrgUnit
{
    enum class Kind
    {
        Province,
        Opd,
        Sekretariat,
        Bidang,
        Seksi,
        Upt,
        Sekolah,
        Puskesmas,
        Rumahsakit
    };

    qint64 id = 0;
    qint64 parentId = 0; // 0 for the province
    Kind kind = Kind::Opd;
    QString code; // short code used in decree numbers and imports, e.g. "BKD"
    QString name;
    qint64 regionId = 0; // kabupaten/kota, 0 when province-wide
    bool remote = false; // daerah terpencil
    QDate closedOn;      // null while open

    bool isOpen() const { return closedOn.isNull(); }
};

QString orgUnitKindCode(OrgUnit::Kind kind); // stable storage key, e.g. "sekolah"
std::optional<OrgUnit::Kind> orgUnitKindFromCode(const QString &code);
QString orgUnitKindName(OrgUnit::Kind kind); // translated, for lists: "OPD", "School", "UPT"
QList<OrgUnit::Kind> orgUnitKinds();         // every kind, the province first

} // namespace Simutasi

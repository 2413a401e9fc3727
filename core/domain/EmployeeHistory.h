#pragma once

#include "Golongan.h"

#include <QDate>
#include <QString>

namespace Simutasi {

// The dated records kept for an employee. Each is a plain row of one history table.

struct JabatanHistoryEntry // riwayat jabatan
{
    qint64 id = 0;
    qint64 employeeId = 0;
    qint64 jabatanId = 0;
    qint64 unitId = 0;
    QString jabatanName; // as it was called then, for records older than the catalogue
    QString unitName;
    QDate tmt;
    QString skNumber;
    QDate skDate;
};

struct PangkatHistoryEntry // riwayat pangkat
{
    qint64 id = 0;
    qint64 employeeId = 0;
    Golongan golongan;
    QDate tmt;
    QString skNumber;
    QDate skDate;
};

enum class SkpPredicate
{
    SangatBaik = 5,
    Baik = 4,
    ButuhPerbaikan = 3,
    Kurang = 2,
    SangatKurang = 1
};
QString skpPredicateName(SkpPredicate predicate); // "Sangat Baik", ...
bool skpPredicateFromName(const QString &name, SkpPredicate *out);

struct SkpRating // SKP per year
{
    qint64 id = 0;
    qint64 employeeId = 0;
    int year = 0;
    SkpPredicate predicate = SkpPredicate::Baik;
};

struct DiklatEntry // training
{
    qint64 id = 0;
    qint64 employeeId = 0;
    QString name;
    QString organizer;
    QDate startDate;
    QDate endDate;
    int hours = 0;
};

enum class SanctionLevel
{
    Ringan = 1,
    Sedang = 2,
    Berat = 3
};
QString sanctionLevelName(SanctionLevel level);

struct Sanction // hukuman disiplin
{
    qint64 id = 0;
    qint64 employeeId = 0;
    SanctionLevel level = SanctionLevel::Ringan;
    QString description;
    QDate startDate;
    QDate endDate; // null = open-ended / still running
    QString skNumber;

    bool isActiveOn(const QDate &day) const
    {
        return startDate <= day && (endDate.isNull() || endDate >= day);
    }
};

} // namespace Simutasi

#pragma once

#include <QString>

namespace Simutasi {

// A kabupaten or kota of the province: the region a unit lies in.
struct Region
{
    enum class Kind
    {
        Kabupaten,
        Kota
    };
    qint64 id = 0;
    Kind kind = Kind::Kabupaten;
    QString name; // without the prefix: "Lembah Sari"

    // "Kabupaten Lembah Sari", "Kota Wanggar"
    QString displayName() const
    {
        return (kind == Kind::Kota ? QStringLiteral("Kota ") : QStringLiteral("Kabupaten ")) + name;
    }
};

} // namespace Simutasi

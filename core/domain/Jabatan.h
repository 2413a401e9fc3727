#pragma once

#include "JabatanType.h"

#include <QString>
#include <QStringList>

namespace Simutasi {

// A position in the catalogue (e.g. "Guru Ahli Muda", "Kepala Seksi"), independent of units:
// the formasi says how many of it each unit needs.
struct Jabatan
{
    qint64 id = 0;
    QString name;
    JabatanType type = JabatanType::Pelaksana;
    GolonganRange golonganRange = JabatanTypes::defaultGolonganRange(JabatanType::Pelaksana);
    EducationLevel minEducation = EducationLevel::Unknown;
    QStringList educationFields; // accepted fields; empty = any
};

// Required headcount of a jabatan in a unit (from Anjab/ABK).
struct Formasi
{
    qint64 unitId = 0;
    qint64 jabatanId = 0;
    int required = 0;
};

} // namespace Simutasi

#pragma once

#include <QString>

namespace Simutasi {

// One task of the workload analysis (ABK) of a jabatan in a unit: how often the task's output
// is produced in a year and how long one output takes (the time standard).
struct AbkTask
{
    qint64 id = 0;
    qint64 unitId = 0;
    qint64 jabatanId = 0;
    QString name;
    QString outputUnit;        // satuan hasil: "dokumen", "jam pelajaran", "pasien"
    double yearlyVolume = 0;   // outputs per year
    double minutesPerUnit = 0; // time standard in minutes per output

    double yearlyMinutes() const { return yearlyVolume * minutesPerUnit; }
};

} // namespace Simutasi

#pragma once

#include <QDate>
#include <QString>
#include <optional>

namespace Simutasi {

// A period during which an employee may not be transferred for a reason other than a sanction:
// study leave (tugas belajar), a service bond (ikatan dinas), or a disciplinary or court process
// that has not been decided yet.
struct EmployeeFlag
{
    enum class Kind
    {
        TugasBelajar,
        IkatanDinas,
        DisciplinaryProcess,
        CourtProcess
    };

    qint64 id = 0;
    qint64 employeeId = 0;
    Kind kind = Kind::TugasBelajar;
    QDate startDate;
    QDate endDate; // null = still running
    QString note;  // decree number or case reference

    bool isActiveOn(const QDate &day) const
    {
        return startDate <= day && (endDate.isNull() || endDate >= day);
    }
};

// "tugas_belajar", "ikatan_dinas", "disciplinary_process", "court_process"
QString employeeFlagKindCode(EmployeeFlag::Kind kind);
std::optional<EmployeeFlag::Kind> employeeFlagKindFromCode(const QString &code);

} // namespace Simutasi

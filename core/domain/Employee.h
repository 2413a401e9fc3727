#pragma once

#include "EmployeeDeparture.h"
#include "Golongan.h"
#include "JabatanType.h"
#include "Nip.h"

#include <QDate>
#include <QString>
#include <optional>

namespace Simutasi {

enum class EmployeeStatus
{
    Pns,
    Cpns,
    Pppk
};
QString employeeStatusCode(EmployeeStatus status); // "PNS", "CPNS", "PPPK"
std::optional<EmployeeStatus> employeeStatusFromCode(const QString &code);

// One civil servant as stored in the registry: identity, rank, current post, education, contact.
struct Employee
{
    qint64 id = 0;
    Nip nip;
    QString frontTitle; // "Dr.", "Ir.", "dr." - kept apart so lists can sort by name
    QString name;
    QString backTitle; // "S.Pd., M.Si."
    Gender gender = Gender::Unknown;
    QString birthPlace;
    QDate birthDate;
    EmployeeStatus status = EmployeeStatus::Pns;
    std::optional<Golongan> golongan; // PNS/CPNS
    int pppkGrade = 0;                // PPPK: 1..17, 0 when not PPPK
    QDate tmtGolongan;
    qint64 jabatanId = 0;
    qint64 unitId = 0;
    QDate tmtJabatan;
    EducationLevel educationLevel = EducationLevel::Unknown;
    QString educationField; // "Pendidikan Matematika", "Kesehatan Masyarakat"
    QString email;
    QString phone;
    // Set when the employee left the province (read only here: written by the execution of an
    // outgoing transfer, never by the registry editors or imports).
    EmployeeDeparture departure;

    // "Dr. Siti Aminah, S.Pd., M.Si."
    QString fullName() const;
};

} // namespace Simutasi

#include "ConsistencyChecker.h"

#include "domain/Golongan.h"
#include "domain/JabatanType.h"
#include "domain/Nip.h"
#include "storage/CheckQueries.h"

#include <QLocale>
#include <algorithm>

namespace Simutasi {

namespace {

QString dateText(const QDate &date)
{
    return date.isValid() ? QLocale().toString(date, QStringLiteral("d MMMM yyyy"))
                          : ConsistencyChecker::tr("no date");
}

QString genderText(Gender gender)
{
    switch (gender) {
    case Gender::Male:
        return ConsistencyChecker::tr("male");
    case Gender::Female:
        return ConsistencyChecker::tr("female");
    case Gender::Unknown:
        break;
    }
    return ConsistencyChecker::tr("unknown");
}

QString golonganText(int rank)
{
    const auto golongan = Golongan::fromRank(rank);
    return golongan ? golongan->toString() : QString::number(rank);
}

} // namespace

ConsistencyChecker::ConsistencyChecker(Database &database)
    : m_database(database)
{}

DatabaseError ConsistencyChecker::run()
{
    m_findings.clear();
    const CheckQueries queries(m_database);
    QStringList problems;
    if (DatabaseError error = queries.integrityProblems(&problems))
        return error;
    for (const QString &problem : std::as_const(problems)) {
        m_findings.append({Kind::Integrity,
                           Severity::Error,
                           0,
                           {},
                           {},
                           tr("The SQLite integrity check reports: %1").arg(problem)});
    }
    return queries.forEachEmployee([this](const CheckEmployeeRow &row) { checkEmployee(row); });
}

void ConsistencyChecker::checkEmployee(const CheckEmployeeRow &row)
{
    checkNip(row);
    // Who left the province (pindah keluar, ...) holds no post by design: no post finding.
    if (!row.departed)
        checkPost(row);
}

void ConsistencyChecker::checkNip(const CheckEmployeeRow &row)
{
    const Nip nip = Nip::parse(row.nip);
    if (!nip.isValid()) {
        add(Kind::InvalidNip, Severity::Error, row,
            tr("The NIP %1 is invalid: %2").arg(row.nip, nip.errorMessage()));
        return;
    }
    if (nip.birthDate() != row.birthDate) {
        add(Kind::BirthDateMismatch, Severity::Error, row,
            tr("The NIP gives the birth date %1, but the record says %2.")
                .arg(dateText(nip.birthDate()), dateText(row.birthDate)));
    }
    if (nip.gender() != row.gender) {
        add(Kind::GenderMismatch, Severity::Error, row,
            tr("Digit 15 of the NIP says %1, but the record says %2.")
                .arg(genderText(nip.gender()), genderText(row.gender)));
    }
}

void ConsistencyChecker::checkPost(const CheckEmployeeRow &row)
{
    if (!row.jabatanExists) {
        add(Kind::MissingJabatan, row.jabatanId ? Severity::Error : Severity::Warning, row,
            row.jabatanId
                ? tr("The jabatan of this employee (id %1) does not exist.").arg(row.jabatanId)
                : tr("This employee has no jabatan."));
    }
    if (!row.unitExists) {
        add(Kind::MissingUnit, row.unitId ? Severity::Error : Severity::Warning, row,
            row.unitId ? tr("The unit of this employee (id %1) does not exist.").arg(row.unitId)
                       : tr("This employee has no unit."));
    }
    // Golongan ranges apply to PNS and CPNS; PPPK have grades instead.
    const bool hasGolongan = row.status != EmployeeStatus::Pppk && row.golonganRank > 0;
    if (row.jabatanExists && hasGolongan &&
        (row.golonganRank < row.golonganMin || row.golonganRank > row.golonganMax)) {
        add(Kind::GolonganOutOfRange, Severity::Warning, row,
            tr("Golongan %1 is outside the range %2 - %3 of the jabatan %4.")
                .arg(golonganText(row.golonganRank), golonganText(row.golonganMin),
                     golonganText(row.golonganMax), row.jabatanName));
    }
    if (row.jabatanExists && row.unitExists && !row.hasFormasi) {
        add(Kind::NoFormasi, Severity::Warning, row,
            tr("The unit %1 has no formasi for the jabatan %2.")
                .arg(row.unitName, row.jabatanName));
    }
}

void ConsistencyChecker::add(Kind kind, Severity severity, const CheckEmployeeRow &row,
                             const QString &message)
{
    m_findings.append({kind, severity, row.id, row.nip, row.fullName, message});
}

int ConsistencyChecker::count(Kind kind) const
{
    return static_cast<int>(std::count_if(m_findings.cbegin(), m_findings.cend(),
                                          [kind](const Finding &f) { return f.kind == kind; }));
}

int ConsistencyChecker::count(Severity severity) const
{
    return static_cast<int>(
        std::count_if(m_findings.cbegin(), m_findings.cend(),
                      [severity](const Finding &f) { return f.severity == severity; }));
}

QList<ConsistencyChecker::Kind> ConsistencyChecker::kinds()
{
    return {Kind::InvalidNip,         Kind::BirthDateMismatch, Kind::GenderMismatch,
            Kind::GolonganOutOfRange, Kind::NoFormasi,         Kind::MissingJabatan,
            Kind::MissingUnit,        Kind::Integrity};
}

QString ConsistencyChecker::kindName(Kind kind)
{
    switch (kind) {
    case Kind::InvalidNip:
        return tr("Invalid NIP");
    case Kind::BirthDateMismatch:
        return tr("NIP birth date differs from the record");
    case Kind::GenderMismatch:
        return tr("NIP gender differs from the record");
    case Kind::GolonganOutOfRange:
        return tr("Golongan outside the jabatan's range");
    case Kind::NoFormasi:
        return tr("Post without formasi");
    case Kind::MissingJabatan:
        return tr("Missing jabatan");
    case Kind::MissingUnit:
        return tr("Missing unit");
    case Kind::Integrity:
        return tr("Database file damaged");
    }
    return {};
}

QString ConsistencyChecker::severityName(Severity severity)
{
    return severity == Severity::Error ? tr("error") : tr("warning");
}

} // namespace Simutasi

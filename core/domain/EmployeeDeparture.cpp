#include "EmployeeDeparture.h"

#include "CodeTable.h"

#include <QLocale>
#include <array>

using namespace Qt::StringLiterals;

namespace Simutasi {

namespace {

constexpr std::array<Detail::CodeEntry<DepartureReason>, 4> ReasonCodes{{
    {DepartureReason::PindahKeluar, "pindah_keluar"_L1},
    {DepartureReason::Pensiun, "pensiun"_L1},
    {DepartureReason::Meninggal, "meninggal"_L1},
    {DepartureReason::Berhenti, "berhenti"_L1},
}};

} // namespace

QString departureReasonCode(DepartureReason reason)
{
    return Detail::codeOf(ReasonCodes, reason);
}

std::optional<DepartureReason> departureReasonFromCode(const QString &code)
{
    return Detail::valueOf<DepartureReason>(ReasonCodes, code);
}

QString EmployeeDeparture::describe() const
{
    if (!isSet())
        return {};
    const QString date = QLocale().toString(on, QStringLiteral("d MMMM yyyy"));
    QString text;
    switch (reason) {
    case DepartureReason::PindahKeluar:
        text = to.isEmpty() ? tr("Transferred out, TMT %1").arg(date)
                            : tr("Transferred out to %1, TMT %2").arg(to, date);
        break;
    case DepartureReason::Pensiun:
        text = tr("Retired, TMT %1").arg(date);
        break;
    case DepartureReason::Meninggal:
        text = tr("Deceased, %1").arg(date);
        break;
    case DepartureReason::Berhenti:
        text = tr("Left the service, TMT %1").arg(date);
        break;
    }
    if (!decree.isEmpty())
        text += u' ' + tr("(SK %1)").arg(decree);
    return text;
}

} // namespace Simutasi

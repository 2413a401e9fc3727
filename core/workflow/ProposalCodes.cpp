#include "ProposalCodes.h"

namespace Simutasi {

namespace {

template<typename Enum, int Count>
std::optional<Enum> fromCode(const QString &code)
{
    for (int i = 0; i < Count; ++i) {
        const auto value = static_cast<Enum>(i);
        if (ProposalCodes::code(value) == code)
            return value;
    }
    return std::nullopt;
}

} // namespace

QString ProposalCodes::code(MutasiKind kind)
{
    switch (kind) {
    case MutasiKind::WithinOpd:
        return QStringLiteral("within_opd");
    case MutasiKind::BetweenOpd:
        return QStringLiteral("between_opd");
    case MutasiKind::BetweenRegion:
        return QStringLiteral("between_region");
    case MutasiKind::Incoming:
        return QStringLiteral("incoming");
    case MutasiKind::Outgoing:
        return QStringLiteral("outgoing");
    }
    return {};
}

std::optional<MutasiKind> ProposalCodes::kindFromCode(const QString &code)
{
    return fromCode<MutasiKind, 5>(code);
}

QString ProposalCodes::name(MutasiKind kind)
{
    switch (kind) {
    case MutasiKind::WithinOpd:
        return tr("within the OPD");
    case MutasiKind::BetweenOpd:
        return tr("between OPDs");
    case MutasiKind::BetweenRegion:
        return tr("between kabupaten/kota");
    case MutasiKind::Incoming:
        return tr("incoming");
    case MutasiKind::Outgoing:
        return tr("outgoing");
    }
    return {};
}

QString ProposalCodes::code(LineSource source)
{
    switch (source) {
    case LineSource::Ranking:
        return QStringLiteral("ranking");
    case LineSource::Shortlist:
        return QStringLiteral("shortlist");
    case LineSource::Manual:
        return QStringLiteral("manual");
    }
    return {};
}

std::optional<LineSource> ProposalCodes::sourceFromCode(const QString &code)
{
    return fromCode<LineSource, 3>(code);
}

QString ProposalCodes::name(LineSource source)
{
    switch (source) {
    case LineSource::Ranking:
        return tr("candidate ranking");
    case LineSource::Shortlist:
        return tr("shortlist");
    case LineSource::Manual:
        return tr("picked by hand");
    }
    return {};
}

QString ProposalCodes::code(LineDecision decision)
{
    switch (decision) {
    case LineDecision::Pending:
        return QStringLiteral("pending");
    case LineDecision::Approved:
        return QStringLiteral("approved");
    case LineDecision::Rejected:
        return QStringLiteral("rejected");
    case LineDecision::Withdrawn:
        return QStringLiteral("withdrawn");
    }
    return {};
}

std::optional<LineDecision> ProposalCodes::decisionFromCode(const QString &code)
{
    return fromCode<LineDecision, 4>(code);
}

QString ProposalCodes::name(LineDecision decision)
{
    switch (decision) {
    case LineDecision::Pending:
        return tr("pending");
    case LineDecision::Approved:
        return tr("approved");
    case LineDecision::Rejected:
        return tr("rejected");
    case LineDecision::Withdrawn:
        return tr("withdrawn");
    }
    return {};
}

} // namespace Simutasi

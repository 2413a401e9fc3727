#pragma once

#include "Proposal.h"

#include <QCoreApplication>

namespace Simutasi {

// Storage codes and officer-facing names of the proposal enums.
class ProposalCodes
{
    Q_DECLARE_TR_FUNCTIONS(ProposalCodes)
public:
    static QString code(MutasiKind kind); // "between_opd"
    static std::optional<MutasiKind> kindFromCode(const QString &code);
    static QString name(MutasiKind kind); // "between OPDs"
    static QString code(LineSource source);
    static std::optional<LineSource> sourceFromCode(const QString &code);
    static QString name(LineSource source);
    static QString code(LineDecision decision);
    static std::optional<LineDecision> decisionFromCode(const QString &code);
    static QString name(LineDecision decision);
};

} // namespace Simutasi

#include "ProposalLinesModel.h"

#include "DateText.h"
#include "domain/Nip.h"
#include "workflow/ProposalCodes.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace Simutasi {

ProposalLinesModel::ProposalLinesModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void ProposalLinesModel::setLines(const QList<ProposalLine> &lines)
{
    beginResetModel();
    m_lines = lines;
    endResetModel();
}

int ProposalLinesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

int ProposalLinesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ProposalLinesModel::fromText(const ProposalLine &line)
{
    if (line.kind == MutasiKind::Incoming)
        return line.otherInstansi;
    return tr("%1, %2").arg(line.fromJabatanName, line.fromUnitName);
}

QString ProposalLinesModel::toText(const ProposalLine &line)
{
    if (line.kind == MutasiKind::Outgoing)
        return line.otherInstansi;
    return tr("%1, %2").arg(line.toJabatanName, line.toUnitName);
}

QVariant ProposalLinesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ProposalLine &line = m_lines.at(index.row());
    if (role == IdRole)
        return line.id;
    if (role == Qt::ForegroundRole && !line.isActive())
        return QBrush(QColor(0x8a, 0x94, 0xa3));
    if (role == Qt::ForegroundRole && index.column() == StandingColumn &&
        line.standing == CandidateStanding::Warning)
        return QBrush(QColor(0xb5, 0x47, 0x08));
    if (role == Qt::ToolTipRole) {
        switch (index.column()) {
        case StandingColumn:
            return line.findings.isEmpty() ? tr("No rule warns.") : line.findings.join(u'\n');
        case JustificationColumn:
            return line.justification;
        case DecisionColumn:
            return line.decisionNote;
        case EmployeeColumn:
            return line.reason.isEmpty() ? QVariant() : tr("Reason: %1").arg(line.reason);
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case PositionColumn:
        return line.position;
    case EmployeeColumn:
        return line.employeeName;
    case NipColumn: {
        // Grouped as everywhere else; a stored NIP that no longer parses is shown as it is.
        const Nip nip = Nip::parse(line.nip);
        return nip.isValid() ? nip.formatted() : line.nip;
    }
    case FromColumn:
        return fromText(line);
    case ToColumn:
        return toText(line);
    case KindColumn:
        return ProposalCodes::name(line.kind);
    case TmtColumn:
        return dateText(line.plannedTmt);
    case StandingColumn:
        if (line.standing == CandidateStanding::Warning)
            return tr("Warning: %1").arg(line.findings.join(QStringLiteral("; ")));
        return tr("Eligible");
    case JustificationColumn:
        return line.justification;
    case JpmColumn:
        return line.jpm ? QLocale().toString(*line.jpm, 'f', 1) : QString();
    case DecisionColumn:
        return line.decisionNote.isEmpty()
                   ? ProposalCodes::name(line.decision)
                   : tr("%1: %2").arg(ProposalCodes::name(line.decision), line.decisionNote);
    default:
        return {};
    }
}

QVariant ProposalLinesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case PositionColumn:
        return tr("#");
    case EmployeeColumn:
        return tr("Employee");
    case NipColumn:
        return tr("NIP");
    case FromColumn:
        return tr("From");
    case ToColumn:
        return tr("To");
    case KindColumn:
        return tr("Kind");
    case TmtColumn:
        return tr("Planned TMT");
    case StandingColumn:
        return tr("Eligibility");
    case JustificationColumn:
        return tr("Justification");
    case JpmColumn:
        return tr("JPM");
    case DecisionColumn:
        return tr("Decision");
    default:
        return {};
    }
}

} // namespace Simutasi

#pragma once

#include "workflow/Proposal.h"

#include <QAbstractTableModel>

namespace Simutasi {

// The lines of one proposal: who moves from where to where, the eligibility recorded at
// proposal time (findings as tooltip), the justification, JPM and the Tim Penilai's decision.
// A batch has at most a few hundred lines, so they are held in memory.
class ProposalLinesModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        PositionColumn,
        EmployeeColumn,
        NipColumn,
        FromColumn,
        ToColumn,
        KindColumn,
        TmtColumn,
        StandingColumn,
        JustificationColumn,
        JpmColumn,
        DecisionColumn,
        ColumnCount
    };
    static constexpr int IdRole = Qt::UserRole + 1; // qint64 line id

    explicit ProposalLinesModel(QObject *parent = nullptr);

    void setLines(const QList<ProposalLine> &lines);
    const QList<ProposalLine> &lines() const { return m_lines; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    static QString fromText(const ProposalLine &line);
    static QString toText(const ProposalLine &line);

private:
    QList<ProposalLine> m_lines;
};

} // namespace Simutasi

#pragma once

#include "workflow/Proposal.h"

#include <QAbstractTableModel>

namespace Simutasi {

class Database;

// The proposals (usulan mutasi) matching a filter, newest first, read from ProposalRepository in
// pages as the view scrolls (fetchMore), so years of proposals never load at once.
class ProposalListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        NumberColumn,
        TitleColumn,
        StateColumn,
        LinesColumn,
        ApprovedColumn,
        TmtColumn,
        CreatedByColumn,
        CreatedAtColumn,
        ColumnCount
    };
    static constexpr int IdRole = Qt::UserRole + 1; // qint64 proposal id, on every column
    static constexpr int PageSize = 200;

    explicit ProposalListModel(QObject *parent = nullptr);

    void setDatabase(Database *database); // nullptr shows nothing
    void setFilter(const ProposalFilter &filter);
    ProposalFilter filter() const { return m_filter; }
    void reload();
    int totalCount() const { return m_total; }
    int rowOf(qint64 proposalId) const; // -1 when not loaded
    const ProposalSummary &summary(int row) const { return m_rows.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    static QString tmtRange(const QDate &first, const QDate &last);

private:
    Database *m_database = nullptr;
    ProposalFilter m_filter;
    QList<ProposalSummary> m_rows;
    int m_total = 0;
};

} // namespace Simutasi

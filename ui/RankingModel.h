#pragma once

#include "analysis/CandidateRanking.h"
#include "storage/EmployeeFactsRepository.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSet>
#include <memory>

namespace Simutasi {

class Database;

// The ranking of one vacancy as a table, in the ranking's own order (standing, JPM,
// tie-breakers), which is the point of the list and therefore not re-sortable. The order is in
// memory (CandidateRanking); the names and current posts are read from the database a page at
// a time, only for rows that are shown.
class RankingModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        RankColumn,
        NameColumn,
        NipColumn,
        StandingColumn,
        JpmColumn,
        CurrentPostColumn,
        TimeInPostColumn,
        SkpColumn,
        NotesColumn,
        ColumnCount
    };
    static constexpr int EmployeeIdRole = Qt::UserRole + 1;
    static constexpr int StandingRole = Qt::UserRole + 2; // int(CandidateStanding)
    static constexpr int PageSize = 100;

    explicit RankingModel(QObject *parent = nullptr);
    ~RankingModel() override;

    // The database names are read from; must be reset (nullptr) before it closes.
    void setDatabase(Database *database);
    void setRanking(std::unique_ptr<CandidateRanking> ranking);
    const CandidateRanking *ranking() const { return m_ranking.get(); }
    const RankedCandidate *candidateAt(int row) const;
    int rowOfEmployee(qint64 employeeId) const;
    EmployeeLabel label(int row) const;
    void setShortlisted(const QSet<qint64> &employeeIds);
    bool isShortlisted(qint64 employeeId) const { return m_shortlisted.contains(employeeId); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // How the order is decided, for the help of the page.
    static QString orderHelp();
    static QColor standingColor(CandidateStanding standing);

private:
    EmployeeLabel labelOf(int row) const;
    QVariant displayData(const RankedCandidate &candidate, int row, int column) const;

    Database *m_database = nullptr;
    std::unique_ptr<CandidateRanking> m_ranking;
    QSet<qint64> m_shortlisted;
    mutable QHash<qint64, EmployeeLabel> m_labels; // read a page at a time
};

} // namespace Simutasi
